package se.bokslut.intake.participant;

import static se.bokslut.intake.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static se.bokslut.intake.participant.ParticipantEvents.closed;
import static se.bokslut.intake.participant.ParticipantEvents.newParticipant;
import static se.bokslut.intake.participant.ParticipantEvents.started;
import static se.bokslut.intake.participant.ParticipantEvents.with;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ParticipantEventBatchTest {

    @Test
    void answersEveryItemAndOneBadItemDoesNotRejectTheOthers() {
        String participant = newParticipant();
        Map<String, Object> start = started(participant, "2019-01-10", "MAN");
        Map<String, Object> closure = closed(participant, "2019-06-01", "STUDIES");
        Map<String, Object> bad = closed(newParticipant(), "2019-06-01", "NOT_AN_OUTCOME");

        batch(List.of(start, bad, closure, start)).statusCode(200)
                .body("accepted", equalTo(2))
                .body("rejected", equalTo(1))
                .body("duplicates", equalTo(1))
                .body("items[0].status", equalTo("ACCEPTED"))
                .body("items[1].status", equalTo("REJECTED"))
                .body("items[1].violations[0].field", equalTo("[1].outcome"))
                .body("items[2].status", equalTo("ACCEPTED"))
                .body("items[3].status", equalTo("DUPLICATE"));
    }

    @Test
    void reportsAConflictPerItem() {
        Map<String, Object> closure = closed(newParticipant(), "2019-06-01", "WORK");
        batch(List.of(closure, with(closure, "outcome", "MOVED"))).statusCode(200)
                .body("conflicts", equalTo(1))
                .body("items[1].status", equalTo("CONFLICT"))
                .body("items[1].violations[0].field", equalTo("[1].eventId"));
    }

    @Test
    void aRetractionMayNameAnEventEarlierInTheSameBatch() {
        String participant = newParticipant();
        Map<String, Object> closure = closed(participant, "2019-06-01", "WORK");
        batch(List.of(closure, ParticipantEvents.retracted(participant, "2019-06-02", closure.get("eventId"))))
                .statusCode(200)
                .body("accepted", equalTo(2));
    }

    @Test
    void rejectsABatchAboveTheLimitWith413() {
        List<Map<String, Object>> events = new ArrayList<>(Collections.nCopies(1001, closed("ut-1", "2019-06-01", "WORK")));
        batch(events).statusCode(413)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("at most 1000"));
    }

    @Test
    void rejectsAnEmptyBatch() {
        batch(List.of()).statusCode(422).contentType("application/problem+json");
    }

    @Test
    void rejectsABatchThatIsNotAnArray() {
        given().contentType(ContentType.JSON).body(closed(newParticipant(), "2019-06-01", "WORK"))
                .when().post("/api/v1/participant-events/batch")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static ValidatableResponse batch(Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/participant-events/batch")
                .then();
    }
}
