package se.bokslut.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.bokslut.reporting.Api.given;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import se.bokslut.localstack.LocalStackTestResource;
import se.bokslut.reporting.Api;
import se.bokslut.reporting.Demo;
import se.bokslut.reporting.disclosure.KeptGrids;
import se.bokslut.reporting.ScoringStub;

/**
 * reporting keeps scoring's answers under the number of the association's figures: asked again only when scoring
 * says the number moved (ADR 0014), never served stale.
 */
@QuarkusTest
class FiguresCacheTest {

    private static String figures(int women, int men) {
        return """
                {"groups": {
                  "WOMAN": {"participants": %1$d, "started": %1$d, "closed": 0, "remaining": %1$d, "closedByOutcome": {}, "followUps": []},
                  "MAN":   {"participants": %2$d, "started": %2$d, "closed": 0, "remaining": %2$d, "closedByOutcome": {}, "followUps": []},
                  "TOTAL": {"participants": %3$d, "started": %3$d, "closed": 0, "remaining": %3$d, "closedByOutcome": {}, "followUps": []}
                }}""".formatted(women, men, women + men);
    }

    @Test
    void theSameFiguresAreReadOnceAndReadAgainWhenScoringsNumberMoves() {
        Demo.upload();
        ScoringStub.answer(List.of("ungdomstorget"), "2033-01-01", "2033-12-31", null, figures(40, 30));
        volume().statusCode(200).body("participants.women", equalTo(40)).body("participants.total", equalTo(70));

        long asked = ScoringStub.figureQueries();
        volume().statusCode(200).body("participants.women", equalTo(40));
        volume().statusCode(200).body("participants.women", equalTo(40));
        assertThat(ScoringStub.figureQueries()).as("answers kept under an unchanged number").isEqualTo(asked);

        // scoring applies something: its number moves, and the next report has the new figures
        ScoringStub.answer(List.of("ungdomstorget"), "2033-01-01", "2033-12-31", null, figures(41, 30));
        volume().statusCode(200).body("participants.women", equalTo(41)).body("participants.total", equalTo(71));
        assertThat(ScoringStub.figureQueries()).isGreaterThan(asked);
    }

    @Inject
    MeterRegistry metrics;

    @Test
    void aBiReadersDisclosureGridIsKeptUntilScoringsFiguresOrReportingsDocumentsChange() {
        Demo.upload(2019);
        ScoringStub.answer(List.of("ungdomstorget"), "2033-01-01", "2033-12-31", null, figures(40, 30));
        biVolume().statusCode(200).body("participants.women", equalTo(40));
        double built = grids("built");
        double kept = grids("kept");

        biVolume().statusCode(200).body("participants.women", equalTo(40));
        assertThat(grids("built")).as("nothing changed: the grid is kept").isEqualTo(built);
        assertThat(grids("kept")).isEqualTo(kept + 1);

        ScoringStub.answer(List.of("ungdomstorget"), "2033-01-01", "2033-12-31", null, figures(3, 30));
        biVolume().statusCode(200).body("participants.women", equalTo(null)).body("participants.men", equalTo(null))
                .body("suppression.cells", org.hamcrest.Matchers.hasItem("participants.women"));
        assertThat(grids("built")).as("scoring's number moved").isEqualTo(built + 1);

        Demo.upload(2019);
        biVolume().statusCode(200).body("participants.women", equalTo(null));
        assertThat(grids("built")).as("a stored document moved reporting's number").isEqualTo(built + 2);
    }

    private double grids(String result) {
        return metrics.counter(KeptGrids.METER, "result", result).count();
    }

    private static ValidatableResponse biVolume() {
        return Api.as(LocalStackTestResource.tokens().biReader("umearegionen")).queryParam("associationId", "umearegionen")
                .queryParam("unit", "ungdomstorget").queryParam("year", "2033").when().get("/api/v1/reports/volume")
                .then();
    }

    private static ValidatableResponse volume() {
        return given().queryParam("associationId", "umearegionen").queryParam("unit", "ungdomstorget")
                .queryParam("year", "2033").when().get("/api/v1/reports/volume").then();
    }
}
