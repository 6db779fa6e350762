package se.bokslut.scoring.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.bokslut.scoring.Api.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.bokslut.scoring.survey.SurveyRecords;
import se.bokslut.scoring.survey.SurveyResponseHandler;

/**
 * Event and response ids are unique per association (issue 11, finding 9): the same id sent by two associations is
 * two facts, each counted in its own association, and a redelivery within one association still changes nothing.
 */
@QuarkusTest
class IdsPerAssociationTest {

    private static final String OTHER = "lulea";

    @Inject
    ParticipantEventHandler events;

    @Inject
    SurveyResponseHandler responses;

    @Test
    void theSameEventIdInTwoAssociationsIsTwoFactsEachCountedInItsOwn() {
        String platform = "ids-" + UUID.randomUUID().toString().substring(0, 8);
        String start = ParticipantRecords.started("p-" + platform, platform, "2019-03-01", "WOMAN");
        String theirs = elsewhere(start);

        assertThat(events.handleAll(List.of(events.read(start, 1), events.read(theirs, 2)))).isEqualTo(2);
        assertThat(events.handle(theirs, 3)).isFalse();

        started(ParticipantRecords.ASSOCIATION, platform).body("groups.TOTAL.started", equalTo(1));
        started(OTHER, platform).body("groups.TOTAL.started", equalTo(1));
    }

    @Test
    void theSameResponseIdInTwoAssociationsIsCountedInEach() {
        String platform = "ids-" + UUID.randomUUID().toString().substring(0, 8);
        String response = SurveyRecords.response(List.of(platform), "STAFF", "2019-10-01", "MAN", Map.of("STAFF-1", 6));

        assertThat(responses.handle(response)).isTrue();
        assertThat(responses.handle(elsewhere(response))).isTrue();
        assertThat(responses.handle(elsewhere(response))).isFalse();
    }

    private static String elsewhere(String record) {
        return record.replace("\"associationId\":\"umearegionen\"", "\"associationId\":\"" + OTHER + "\"");
    }

    private static io.restassured.response.ValidatableResponse started(String association, String platform) {
        return given().queryParam("associationId", association).queryParam("platformId", platform)
                .queryParam("from", "2019-01-01").queryParam("to", "2019-12-31")
                .when().get("/api/v1/figures/volume").then().statusCode(200);
    }
}
