package se.bokslut.intake.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.bokslut.intake.Api.given;
import static se.bokslut.intake.participant.ParticipantEvents.closed;
import static se.bokslut.intake.participant.ParticipantEvents.newParticipant;
import static se.bokslut.intake.participant.ParticipantEvents.started;
import static se.bokslut.intake.participant.ParticipantEvents.with;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import se.bokslut.intake.Api;
import se.bokslut.intake.survey.SurveyResponses;
import se.bokslut.localstack.LocalStackTestResource;

/**
 * The validation endpoints answer exactly what the real ones would, against what is stored, and store nothing: the
 * outbox (from which alone anything reaches Kafka and the figures) is unchanged after every validation.
 */
@QuarkusTest
class ValidationEndpointsTest {

    private static final String EVENTS = "/api/v1/participant-events";
    private static final String VALIDATE_EVENTS = "/api/v1/participant-events/validate";
    private static final String RESPONSES = "/api/v1/survey-responses";
    private static final String VALIDATE_RESPONSES = "/api/v1/survey-responses/validate";

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager entityManager;

    @Test
    void aValidEventIsAnsweredAsAcceptedButNotStored() {
        Map<String, Object> event = closed(newParticipant(), "2019-05-14", "WORK");
        long before = outboxRows();

        given().contentType(ContentType.JSON).body(event).when().post(VALIDATE_EVENTS)
                .then().statusCode(202).body("status", equalTo("ACCEPTED")).body("id", equalTo(event.get("eventId")));

        assertThat(outboxRows()).isEqualTo(before);
        assertThat(stored(event.get("eventId"))).isFalse();
        // the real endpoint still sees it for the first time
        given().contentType(ContentType.JSON).body(event).when().post(EVENTS)
                .then().statusCode(202).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void anEventStoredBeforeIsADuplicateAndOtherContentUnderItsIdAConflict() {
        Map<String, Object> event = closed(newParticipant(), "2019-05-14", "WORK");
        given().contentType(ContentType.JSON).body(event).when().post(EVENTS).then().statusCode(202);
        long before = outboxRows();

        given().contentType(ContentType.JSON).body(event).when().post(VALIDATE_EVENTS)
                .then().statusCode(200).body("status", equalTo("DUPLICATE"));
        given().contentType(ContentType.JSON).body(with(event, "outcome", "STUDIES")).when().post(VALIDATE_EVENTS)
                .then().statusCode(409).contentType("application/problem+json").body("field", equalTo("eventId"));

        assertThat(outboxRows()).isEqualTo(before);
    }

    @Test
    void aBatchIsAnsweredPerItemAsTheRealBatchWouldAndNothingIsStored() {
        String participant = newParticipant();
        Map<String, Object> stored = closed(newParticipant(), "2019-03-01", "WORK");
        given().contentType(ContentType.JSON).body(stored).when().post(EVENTS).then().statusCode(202);
        List<Map<String, Object>> batch = List.of(
                started(participant, "2019-02-01", "WOMAN"),
                closed(participant, "2019-05-14", "WORK"),
                stored,
                with(stored, "outcome", "DROPOUT"),
                with(closed(newParticipant(), "2019-05-14", "WORK"), "participantId", "19121212-1212"),
                with(closed(newParticipant(), "2019-05-14", "WORK"), "platformId", "vuxentorget"));
        long before = outboxRows();

        Response validated = Api.as(LocalStackTestResource.tokens().caseSystem("umearegionen", "ungdomstorget"))
                .contentType(ContentType.JSON).body(batch).when().post(VALIDATE_EVENTS + "/batch");
        validated.then().statusCode(200);
        assertThat(validated.jsonPath().getList("items.status", String.class))
                .containsExactly("ACCEPTED", "ACCEPTED", "DUPLICATE", "CONFLICT", "REJECTED", "FORBIDDEN");
        assertThat(validated.jsonPath().getString("items[4].violations[0].field"))
                .isEqualTo("[4].participantId");
        assertThat(outboxRows()).isEqualTo(before);

        // the real batch then answers the same, item by item
        Response real = Api.as(LocalStackTestResource.tokens().caseSystem("umearegionen", "ungdomstorget"))
                .contentType(ContentType.JSON).body(batch).when().post(EVENTS + "/batch");
        assertThat(real.jsonPath().getList("items.status", String.class))
                .isEqualTo(validated.jsonPath().getList("items.status", String.class));
        assertThat(real.jsonPath().getList("items.violations.field"))
                .isEqualTo(validated.jsonPath().getList("items.violations.field"));
        assertThat(outboxRows()).isEqualTo(before + 2);
    }

    @Test
    void everyHostileRequestGetsTheAnswerOfTheRealEndpoint() throws Exception {
        JsonNode corpus;
        try (InputStream in = getClass().getResourceAsStream("/hostile/participant-events.json")) {
            corpus = mapper.readTree(in);
        }
        long before = outboxRows();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (JsonNode hostile : corpus) {
            String path = hostile.get("path").asText();
            if (!path.startsWith(EVENTS)) {
                continue;
            }
            String body = hostile.has("raw") ? hostile.get("raw").asText()
                    : mapper.writeValueAsString(hostile.get("body")).replace("%s", UUID.randomUUID().toString());
            Response response = given().contentType(ContentType.JSON).body(body)
                    .when().post(VALIDATE_EVENTS + path.substring(EVENTS.length()));
            String field = hostile.get("field").asText();
            String actualField = response.getContentType().startsWith("application/problem+json")
                    ? response.jsonPath().getString("field") : "(not problem+json)";
            boolean fieldMatches = field.isEmpty() ? actualField == null || actualField.isEmpty()
                    : field.equals(actualField);
            if (response.statusCode() != hostile.get("status").asInt() || !fieldMatches) {
                failures.add(hostile.get("name").asText() + ": expected " + hostile.get("status").asInt() + " "
                        + field + ", got " + response.statusCode() + " " + actualField);
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(failures).as("validation of %d hostile requests", checked).isEmpty();
        assertThat(outboxRows()).isEqualTo(before);
    }

    @Test
    void surveyResponsesAreValidatedWithoutBeingStored() {
        Map<String, Object> response = SurveyResponses.participant(Map.of("NNS-1", 5));
        Map<String, Object> outOfScale = SurveyResponses.participant(Map.of("NNS-1", 9));
        long before = outboxRows();

        Api.as(LocalStackTestResource.tokens().surveyTool("umearegionen")).contentType(ContentType.JSON)
                .body(response).when().post(VALIDATE_RESPONSES).then().statusCode(202)
                .body("status", equalTo("ACCEPTED"));
        Api.as(LocalStackTestResource.tokens().surveyTool("umearegionen")).contentType(ContentType.JSON)
                .body(outOfScale).when().post(VALIDATE_RESPONSES).then().statusCode(422)
                .body("field", equalTo("answers.NNS-1"));
        Api.as(LocalStackTestResource.tokens().surveyTool("umearegionen")).contentType(ContentType.JSON)
                .body(List.of(response, outOfScale)).when().post(VALIDATE_RESPONSES + "/batch").then()
                .statusCode(200).body("items[0].status", equalTo("ACCEPTED"))
                .body("items[1].status", equalTo("REJECTED"));
        assertThat(outboxRows()).isEqualTo(before);

        Api.as(LocalStackTestResource.tokens().surveyTool("umearegionen")).contentType(ContentType.JSON)
                .body(response).when().post(RESPONSES).then().statusCode(202);
        Api.as(LocalStackTestResource.tokens().surveyTool("umearegionen")).contentType(ContentType.JSON)
                .body(response).when().post(VALIDATE_RESPONSES).then().statusCode(200)
                .body("status", equalTo("DUPLICATE"));
    }

    @Test
    void validationTakesTheRolesOfTheRealEndpoints() {
        Map<String, Object> event = closed(newParticipant(), "2019-05-14", "WORK");
        Api.anonymous().contentType(ContentType.JSON).body(event).when().post(VALIDATE_EVENTS).then().statusCode(401);
        Api.as(LocalStackTestResource.tokens().analyst("umearegionen")).contentType(ContentType.JSON).body(event)
                .when().post(VALIDATE_EVENTS).then().statusCode(403);
        Api.as(LocalStackTestResource.tokens().caseSystem("umearegionen", "vuxentorget")).contentType(ContentType.JSON)
                .body(event).when().post(VALIDATE_EVENTS).then().statusCode(403).body("field", equalTo("platformId"));
        Api.as(LocalStackTestResource.tokens().caseSystem("umearegionen", "ungdomstorget"))
                .contentType(ContentType.JSON).body(SurveyResponses.participant(Map.of("NNS-1", 5)))
                .when().post(VALIDATE_RESPONSES).then().statusCode(403);
    }

    private boolean stored(Object eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM outbox_event WHERE id = CAST(:id AS uuid)")
                .setParameter("id", eventId.toString()).getSingleResult()).longValue() > 0);
    }

    private long outboxRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM outbox_event").getSingleResult()).longValue());
    }
}
