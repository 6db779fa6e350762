package se.bokslut.intake;

import static se.bokslut.intake.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void readinessListsKafkaAndPostgresAndIsUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Kafka", "Reference data", "Database connections health check"));
    }

    @Test
    void theEventTopicsAreCheckedToKeepEveryRecordAndTheOutboxIsMeasured() {
        // the embedded broker keeps every record (log.retention.ms=-1), as production must; the topics exist once an
        // event and a response have been published, and the check looks every 5 s until it has read both
        given().contentType(io.restassured.http.ContentType.JSON)
                .body(se.bokslut.intake.participant.ParticipantEvents.closed(
                        se.bokslut.intake.participant.ParticipantEvents.newParticipant(), "2019-05-14", "WORK"))
                .when().post("/api/v1/participant-events").then().statusCode(202);
        given().contentType(io.restassured.http.ContentType.JSON)
                .body(se.bokslut.intake.survey.SurveyResponses.participant(java.util.Map.of("NNS-1", 5)))
                .when().post("/api/v1/survey-responses").then().statusCode(202);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> given()
                .when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Event topics' }.data.keepsEveryRecord", equalTo(true)));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("bokslut_intake_outbox_backlog"))
                .body(org.hamcrest.Matchers.containsString("bokslut_intake_outbox_oldest_age_seconds"))
                .body(org.hamcrest.Matchers.containsString("bokslut_intake_kafka_reachable 1.0"))
                .body(org.hamcrest.Matchers.containsString(
                        "bokslut_topic_keeps_every_record{topic=\"bokslut.participant-events\"} 1.0"));
    }

    @Test
    void openApiDocumentsTheIntakeEndpoints() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/participant-events'.post", notNullValue())
                .body("paths.'/api/v1/participant-events/batch'.post", notNullValue());
    }

    @Test
    void unknownPathsAnswerProblemJson() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theBenchmarksAnchorIsNotThereUnlessTheBenchmarkAsksForIt() {
        given().contentType("application/json").body("{}").when().post("/benchmark/anchor")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
