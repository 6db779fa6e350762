package se.bokslut.intake.participant;

import static se.bokslut.intake.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.bokslut.intake.participant.ParticipantEvents.closed;
import static se.bokslut.intake.participant.ParticipantEvents.newParticipant;
import static se.bokslut.intake.participant.ParticipantEvents.retracted;
import static se.bokslut.intake.participant.ParticipantEvents.started;
import static se.bokslut.intake.participant.ParticipantEvents.with;
import static se.bokslut.intake.participant.ParticipantEvents.without;

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
class ParticipantEventResourceTest {

    @Inject
    OutboxRepository outbox;

    @Test
    void acceptsAStartDurablyAndAnswers202() {
        Map<String, Object> event = started(newParticipant(), "2019-02-01", "WOMAN");

        post(event).statusCode(202)
                .body("status", equalTo("ACCEPTED"))
                .body("id", equalTo(event.get("eventId")));

        assertThat(outbox.accepted("umearegionen", UUID.fromString((String) event.get("eventId")))).isNotNull();
    }

    @Test
    void duplicateEventIsHarmlessAndAnsweredAsDuplicate() {
        Map<String, Object> event = closed(newParticipant(), "2019-05-14", "WORK");
        post(event).statusCode(202);

        post(event).statusCode(200).body("status", equalTo("DUPLICATE"));
    }

    @Test
    void sameEventIdWithDifferentContentIsAConflict() {
        Map<String, Object> event = closed(newParticipant(), "2019-05-14", "WORK");
        post(event).statusCode(202);

        post(with(event, "outcome", "STUDIES")).statusCode(409)
                .contentType("application/problem+json")
                .body("field", equalTo("eventId"));
    }

    @Test
    void rejectsMalformedJsonWith400() {
        given().contentType(ContentType.JSON).body("{\"eventId\": \"x\", ")
                .when().post("/api/v1/participant-events")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed request body"))
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void rejectsUnknownTypeNamingTheField() {
        problem(with(closed(newParticipant(), "2019-05-14", "WORK"), "type", "PARTICIPANT_VANISHED"), "type");
    }

    @Test
    void rejectsUnknownOutcomeNamingTheField() {
        problem(closed(newParticipant(), "2019-05-14", "LOTTERY_WIN"), "outcome")
                .body("violations[0].message", containsString("WORK"));
    }

    @Test
    void rejectsMissingOccurredOn() {
        problem(without(closed(newParticipant(), "2019-05-14", "WORK"), "occurredOn"), "occurredOn")
                .body("violations[0].message", equalTo("is required"));
    }

    @Test
    void rejectsStartWithoutProfileAndReportsProfileFields() {
        problem(without(started(newParticipant(), "2019-02-01", "WOMAN"), "profile"), "profile");
        Map<String, Object> start = started(newParticipant(), "2019-02-01", "NEITHER");
        problem(start, "profile.gender");
    }

    @Test
    void rejectsIncomeSupportNoneListedWithAnotherKind() {
        Map<String, Object> start = started(newParticipant(), "2019-02-01", "WOMAN");
        @SuppressWarnings("unchecked")
        Map<String, Object> profile = (Map<String, Object>) start.get("profile");
        profile.put("incomeSupport", List.of("NONE", "SOCIAL_ASSISTANCE"));
        problem(start, "profile.incomeSupport").body("violations[0].message", containsString("NONE"));
        profile.put("incomeSupport", List.of("NONE"));
        post(start).statusCode(202);
    }

    @Test
    void rejectsAFieldThatBelongsToAnotherType() {
        problem(with(closed(newParticipant(), "2019-05-14", "WORK"), "referredBy", "REGION"), "referredBy")
                .body("violations[0].message", containsString("not allowed for type PARTICIPANT_CLOSED"));
    }

    @Test
    void rejectsPersonnummerAsParticipantIdAndStoresNothing() {
        Map<String, Object> event = closed("19121212-1212", "2019-05-14", "WORK");

        problem(event, "participantId")
                .body("detail", containsString("personal identity number"))
                .body("detail", org.hamcrest.Matchers.not(containsString("1212")));

        assertThat(outbox.accepted("umearegionen", UUID.fromString((String) event.get("eventId")))).isNull();
    }

    @Test
    void rejectsDatesInTheFuture() {
        problem(closed(newParticipant(), "2999-01-01", "WORK"), "occurredOn");
    }

    @Test
    void rejectsRetractionOfAnotherParticipantsEvent() {
        Map<String, Object> someoneElses = closed(newParticipant(), "2019-05-14", "WORK");
        post(someoneElses).statusCode(202);

        problem(retracted(newParticipant(), "2019-05-20", someoneElses.get("eventId")), "retractedEventId");
    }

    @Test
    void rejectsRetractionOfAnotherPlatformsEventAsIfItDidNotExist() {
        String participant = newParticipant();
        Map<String, Object> closure = with(closed(participant, "2019-05-14", "WORK"), "platformId", "vuxentorget");
        Api.as(LocalStackTestResource.tokens().caseSystem(ParticipantEvents.ASSOCIATION, "vuxentorget"))
                .contentType(ContentType.JSON).body(closure).when().post("/api/v1/participant-events")
                .then().statusCode(202);

        Api.as(LocalStackTestResource.tokens().caseSystem(ParticipantEvents.ASSOCIATION, "ungdomstorget"))
                .contentType(ContentType.JSON).body(retracted(participant, "2019-05-20", closure.get("eventId")))
                .when().post("/api/v1/participant-events")
                .then().statusCode(422).body("field", equalTo("retractedEventId"))
                .body("detail", equalTo(post(retracted(participant, "2019-05-20", UUID.randomUUID().toString()))
                        .statusCode(422).extract().path("detail")));
    }

    @Test
    void anEventIdAnotherAssociationUsedIsNewHereAndSaysNothingOfIt() {
        Map<String, Object> ours = closed(newParticipant(), "2019-05-14", "WORK");
        post(ours).statusCode(202).body("status", equalTo("ACCEPTED"));

        Map<String, Object> theirs = with(with(with(ours, "associationId", "lulea"), "platformId", "lulea-torget"),
                "outcome", "STUDIES");
        Api.as(LocalStackTestResource.tokens().caseSystem("lulea", "lulea-torget")).contentType(ContentType.JSON)
                .body(theirs).when().post("/api/v1/participant-events")
                .then().statusCode(202).body("status", equalTo("ACCEPTED"));

        UUID id = UUID.fromString((String) ours.get("eventId"));
        assertThat(outbox.accepted(ParticipantEvents.ASSOCIATION, id).payload).contains("\"WORK\"");
        assertThat(outbox.accepted("lulea", id).payload).contains("\"STUDIES\"");
        post(with(ours, "outcome", "STUDIES")).statusCode(409);
    }

    @Test
    void acceptsRetractionOfTheParticipantsOwnEvent() {
        String participant = newParticipant();
        Map<String, Object> closure = closed(participant, "2019-05-14", "WORK");
        post(closure).statusCode(202);

        post(retracted(participant, "2019-05-20", closure.get("eventId"))).statusCode(202);
    }

    @Test
    void problemsAreServedAsProblemJsonWithoutStackTraces() {
        given().contentType(ContentType.JSON).body("[]")
                .when().post("/api/v1/participant-events")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", containsString("https://bokslut.se/problems/"))
                .body("detail", org.hamcrest.Matchers.not(containsString("Exception")));
    }

    @Test
    void listsEveryViolationOfAnEvent() {
        Map<String, Object> event = with(with(closed(newParticipant(), "2019-13-40", "WORK"), "platformId", "Ungdoms Torget"),
                "eventId", "not-a-uuid");
        given().contentType(ContentType.JSON).body(event)
                .when().post("/api/v1/participant-events")
                .then().statusCode(422)
                .body("violations.field", hasItem("eventId"))
                .body("violations.field", hasItem("occurredOn"))
                .body("violations.field", hasItem("platformId"));
    }

    @Test
    void rejectsEventsOfUnknownAssociationsAndPlatforms() {
        Api.as(LocalStackTestResource.tokens().caseSystem("atlantis", "ungdomstorget")).contentType(ContentType.JSON)
                .body(with(closed(newParticipant(), "2019-05-14", "WORK"), "associationId", "atlantis"))
                .when().post("/api/v1/participant-events")
                .then().statusCode(422).body("field", equalTo("associationId"));
        Api.as(LocalStackTestResource.tokens().caseSystem("umearegionen", "hemliga-torget")).contentType(ContentType.JSON)
                .body(with(closed(newParticipant(), "2019-05-14", "WORK"), "platformId", "hemliga-torget"))
                .when().post("/api/v1/participant-events")
                .then().statusCode(422).body("field", equalTo("platformId"));
    }

    @Test
    void rejectsEventsOnAPlatformThatWasNotActiveThatDay() {
        problem(with(closed(newParticipant(), "2019-05-14", "WORK"), "platformId", "nedlagda-torget"), "platformId")
                .body("detail", containsString("was not active on 2019-05-14"));
        post(with(closed(newParticipant(), "2018-05-14", "WORK"), "platformId", "nedlagda-torget")).statusCode(202);
    }

    @Test
    void tellsSendersWhichPlatformsItAccepts() {
        given().when().get("/api/v1/associations/umearegionen")
                .then().statusCode(200)
                .body("platforms.ungdomstorget.name", equalTo("Ungdomstorget"));
        Api.as(LocalStackTestResource.tokens().caseSystem("atlantis")).when().get("/api/v1/associations/atlantis")
                .then().statusCode(404).contentType("application/problem+json");
    }

    static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/participant-events")
                .then();
    }

    private static ValidatableResponse problem(Map<String, Object> event, String field) {
        return post(event).statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("field", equalTo(field))
                .body("violations.field", hasItem(field));
    }
}
