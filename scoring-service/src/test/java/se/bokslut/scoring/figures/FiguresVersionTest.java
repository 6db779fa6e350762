package se.bokslut.scoring.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.bokslut.scoring.Api;
import se.bokslut.scoring.participant.ParticipantEventHandler;
import se.bokslut.scoring.participant.ParticipantRecords;
import se.bokslut.scoring.survey.SurveyRecords;
import se.bokslut.scoring.survey.SurveyResponseHandler;

/** The number reporting keeps figures under moves with every change of the association's figures, and only then. */
@QuarkusTest
class FiguresVersionTest {

    @Inject
    ParticipantEventHandler events;

    @Inject
    SurveyResponseHandler responses;

    @Test
    void movesWithEveryNewFactAndSurveyResponseAndNotWithARedelivery() {
        String platform = "v-" + UUID.randomUUID().toString().substring(0, 8);
        long before = version("umearegionen");

        String start = ParticipantRecords.started("p-" + platform, platform, "2019-03-01", "WOMAN");
        assertThat(events.handle(start, 1)).isTrue();
        long afterStart = version("umearegionen");
        assertThat(afterStart).isGreaterThan(before);

        assertThat(events.handle(start, 2)).isFalse();
        assertThat(version("umearegionen")).isEqualTo(afterStart);

        String response = SurveyRecords.response(List.of(platform), "STAFF", "2019-10-01", "MAN", Map.of("STAFF-1", 6));
        assertThat(responses.handle(response)).isTrue();
        long afterResponse = version("umearegionen");
        assertThat(afterResponse).isGreaterThan(afterStart);

        assertThat(responses.handle(response)).isFalse();
        assertThat(version("umearegionen")).isEqualTo(afterResponse);
    }

    @Test
    void anAssociationScoringKnowsNothingOfIsAtZero() {
        Api.given().queryParam("associationId", "nobody-" + UUID.randomUUID().toString().substring(0, 8))
                .when().get("/api/v1/figures/version").then().statusCode(200).body("version", equalTo(0))
                .body("epoch", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void aMalformedAssociationIsBadInput() {
        Api.given().queryParam("associationId", "Not an id!").when().get("/api/v1/figures/version").then()
                .statusCode(400).body("field", equalTo("associationId"));
    }

    private static long version(String associationId) {
        return Api.given().queryParam("associationId", associationId).when().get("/api/v1/figures/version").then()
                .statusCode(200).body("associationId", equalTo(associationId)).extract().jsonPath().getLong("version");
    }
}
