package se.bokslut.scoring.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.bokslut.scoring.Api.given;
import static se.bokslut.scoring.participant.ParticipantRecords.closed;
import static se.bokslut.scoring.participant.ParticipantRecords.referred;
import static se.bokslut.scoring.participant.ParticipantRecords.started;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * One participant flooded with events (issue 11, finding 12): scoring derives the history from the first 1,000 to
 * arrive (the default of {@code bokslut.scoring.max-facts-per-participant}), keeps every one of them and names the
 * first one past the limit as an anomaly, instead of loading an unbounded history for every new event.
 */
@QuarkusTest
class FactLimitTest {

    private static final int LIMIT = 1_000;

    @Inject
    ParticipantEventHandler handler;

    @Inject
    ParticipantFactRepository facts;

    @Test
    void aParticipantPastTheLimitKeepsEveryFactAndTheFirstOnePastItIsAnAnomaly() {
        String platform = "flood-" + UUID.randomUUID().toString().substring(0, 8);
        String participant = "p-" + platform;
        List<ParticipantFact> batch = new ArrayList<>();
        batch.add(handler.read(started(participant, platform, "2019-01-10", "WOMAN"), 1));
        for (int i = 2; i <= LIMIT; i++) {
            batch.add(handler.read(referred(participant, platform, "2019-02-01"), i));
        }
        UUID closure = UUID.randomUUID();
        batch.add(handler.read(closed(closure, participant, platform, "2019-06-01", "WORK"), LIMIT + 1));
        batch.add(handler.read(referred(participant, platform, "2019-07-01"), LIMIT + 2));

        assertThat(handler.handleAll(batch)).isEqualTo(LIMIT + 2);

        assertThat(facts.count("associationId = ?1 and participantId = ?2", ParticipantRecords.ASSOCIATION,
                participant)).isEqualTo(LIMIT + 2);
        given().queryParam("associationId", ParticipantRecords.ASSOCIATION).queryParam("platformId", platform)
                .when().get("/api/v1/anomalies").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].reason", equalTo("TOO_MANY_FACTS"))
                .body("[0].eventId", equalTo(closure.toString()))
                .body("[0].status", equalTo("OPEN"));
        given().queryParam("associationId", ParticipantRecords.ASSOCIATION).queryParam("platformId", platform)
                .queryParam("from", "2019-01-01").queryParam("to", "2019-12-31")
                .when().get("/api/v1/figures/volume").then().statusCode(200)
                .body("groups.TOTAL.started", equalTo(1))
                .body("groups.TOTAL.closed", equalTo(0));

        // one more event for the participant changes nothing counted, and the anomaly stays the first one past
        handler.handle(referred(participant, platform, "2019-08-01"), LIMIT + 3);
        given().queryParam("associationId", ParticipantRecords.ASSOCIATION).queryParam("platformId", platform)
                .when().get("/api/v1/anomalies").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].eventId", equalTo(closure.toString()));
    }
}
