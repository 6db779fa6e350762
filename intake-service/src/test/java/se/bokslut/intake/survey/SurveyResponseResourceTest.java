package se.bokslut.intake.survey;

import static se.bokslut.intake.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.bokslut.intake.participant.ParticipantEvents.with;
import static se.bokslut.intake.participant.ParticipantEvents.without;
import static se.bokslut.intake.survey.SurveyResponses.participant;
import static se.bokslut.intake.survey.SurveyResponses.response;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.bokslut.intake.Api;
import se.bokslut.intake.outbox.OutboxRepository;
import se.bokslut.localstack.LocalStackTestResource;

@QuarkusTest
class SurveyResponseResourceTest {

    @Inject
    OutboxRepository outbox;

    @Test
    void acceptsAParticipantResponseDurablyAndIdempotently() {
        Map<String, Object> response = participant(Map.of("NNS-1", 5, "NNS-4", "YES", "UMEA-1.9", "NO"));

        post(response).statusCode(202).body("status", equalTo("ACCEPTED"));
        post(response).statusCode(200).body("status", equalTo("DUPLICATE"));
        post(with(response, "answers", Map.of("NNS-1", 2))).statusCode(409).body("field", equalTo("responseId"));
        assertThat(outbox.accepted("umearegionen", UUID.fromString((String) response.get("responseId")))).isNotNull();
    }

    @Test
    void theSameResponseResentInAnotherOrderIsADuplicate() {
        Map<String, Object> response = response("MANAGER", List.of("ungdomstorget", "vuxentorget"),
                new java.util.LinkedHashMap<>(Map.of("MGR-1", 4)));
        post(response).statusCode(202);
        post(with(response, "platformIds", List.of("vuxentorget", "ungdomstorget"))).statusCode(200)
                .body("status", equalTo("DUPLICATE"));
    }

    @Test
    void publishesResponsesOfTheContractKeyedByResponse() throws Exception {
        Map<String, Object> response = participant(Map.of("NNS-1", 5, "UMEA-1.9", "NO"));
        post(response).statusCode(202);

        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, String>(Map.of(
                "bootstrap.servers", se.bokslut.localstack.LocalStackTestResource.kafka().bootstrapServers(),
                "group.id", "survey-contract-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.StringDeserializer())) {
            consumer.subscribe(List.of("bokslut.survey-responses"));
            String key = "umearegionen:" + response.get("responseId");
            String value = null;
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
            while (value == null && System.nanoTime() < deadline) {
                for (var record : consumer.poll(java.time.Duration.ofMillis(300))) {
                    if (record.key().equals(key)) {
                        value = record.value();
                    }
                }
            }
            assertThat(value).isNotNull();
            assertThat(se.bokslut.intake.contract.ContractSchema.surveyResponseRecordViolations(
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(value))).isEmpty();
        }
    }

    @Test
    void aManagersResponseMayCoverSeveralPlatforms() {
        post(response("MANAGER", List.of("ungdomstorget", "vuxentorget"), Map.of("MGR-1", 4))).statusCode(202);
    }

    @Test
    void rejectsAnUnknownQuestionNamingTheAnswer() {
        problem(participant(Map.of("NNS-1", 5, "NNS-99", 3)), "answers.NNS-99")
                .body("violations[0].message", containsString("not a question of the catalogue"));
    }

    @Test
    void rejectsAnotherAssociationsQuestion() {
        problem(participant(Map.of("LULEA-1", "YES")), "answers.LULEA-1");
    }

    /** Two associations may own a question with the same code; each answer is checked against its own one. */
    @Test
    void eachAssociationsOwnQuestionUnderTheSameCodeIsItsOwn() {
        problem(participant(Map.of("UMEA-1.9", 5)), "answers.UMEA-1.9");
        post(participant(Map.of("UMEA-1.9", "NO"))).statusCode(202);

        Map<String, Object> lulea = new java.util.LinkedHashMap<>(participant(Map.of("UMEA-1.9", 5)));
        lulea.put("associationId", "lulea");
        lulea.put("platformIds", List.of("lulea-torget"));
        Api.as(LocalStackTestResource.tokens().surveyTool("lulea")).contentType(ContentType.JSON).body(lulea)
                .when().post("/api/v1/survey-responses").then().statusCode(202);
        lulea.put("responseId", UUID.randomUUID().toString());
        lulea.put("answers", Map.of("UMEA-1.9", "NO"));
        Api.as(LocalStackTestResource.tokens().surveyTool("lulea")).contentType(ContentType.JSON).body(lulea)
                .when().post("/api/v1/survey-responses").then().statusCode(422)
                .body("violations.field", hasItem("answers.UMEA-1.9"));
    }

    @Test
    void rejectsValuesOutsideTheScale() {
        problem(participant(Map.of("NNS-1", 7)), "answers.NNS-1").body("violations[0].message", containsString("1 to 6"));
        problem(participant(Map.of("NNS-1", "YES")), "answers.NNS-1");
        problem(participant(Map.of("NNS-4", 1)), "answers.NNS-4").body("violations[0].message", containsString("YES"));
        problem(participant(Map.of("NNS-1", 4.5)), "answers.NNS-1");
    }

    @Test
    void rejectsAQuestionNotAskedOfTheRespondentGroup() {
        problem(response("STAFF", List.of("ungdomstorget"), Map.of("NNS-1", 5)), "answers.NNS-1")
                .body("violations[0].message", containsString("not asked of STAFF"));
    }

    @Test
    void rejectsMissingOrUnknownPlatformsAndEmptyAnswers() {
        problem(without(participant(Map.of("NNS-1", 5)), "platformIds"), "platformIds");
        problem(with(participant(Map.of("NNS-1", 5)), "platformIds", List.of()), "platformIds");
        problem(with(participant(Map.of("NNS-1", 5)), "platformIds", List.of("ungdomstorget", "atlantis")),
                "platformIds[1]");
        problem(participant(Map.of()), "answers");
        problem(with(participant(Map.of("NNS-1", 5)), "respondentGroup", "VISITOR"), "respondentGroup");
        problem(with(participant(Map.of("NNS-1", 5)), "respondentGender", "ROBOT"), "respondentGender");
        problem(with(participant(Map.of("NNS-1", 5)), "participantId", "ut-1"), "participantId");
    }

    @Test
    void answersABatchPerItem() {
        Map<String, Object> good = participant(Map.of("NNS-2", 6));
        given().contentType(ContentType.JSON).body(List.of(good, participant(Map.of("NNS-2", 0)), good))
                .when().post("/api/v1/survey-responses/batch")
                .then().statusCode(200)
                .body("accepted", equalTo(1))
                .body("rejected", equalTo(1))
                .body("duplicates", equalTo(1))
                .body("items[1].violations.field", hasItem("[1].answers.NNS-2"));
    }

    private static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/survey-responses").then();
    }

    private static ValidatableResponse problem(Map<String, Object> response, String field) {
        return post(response).statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }
}
