package se.bokslut.reporting.volume;

import static se.bokslut.reporting.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import se.bokslut.reporting.Demo;
import se.bokslut.reporting.ScoringStub;

/** Reporting's report endpoints over figures played by {@link ScoringStub}. */
@QuarkusTest
class ReportResourceTest {

    static final String FIGURES = """
            {"groups": {
              "WOMAN": {"participants": 148, "started": 66, "closed": 55, "remaining": 93, "referrals": 70,
                        "closedByOutcome": {"WORK": 10, "STUDIES": 14, "OTHER_REHABILITATION": 24, "DROPOUT": 7},
                        "meanDaysToClosure": 201.5, "medianDaysToClosure": 190.0, "followUps": []},
              "MAN":   {"participants": 147, "started": 55, "closed": 73, "remaining": 74, "referrals": 60,
                        "closedByOutcome": {"WORK": 19, "STUDIES": 14, "JOB_SEEKING": 34, "MOVED": 6},
                        "followUps": []},
              "TOTAL": {"participants": 295, "persons": 290, "started": 121, "closed": 128, "remaining": 167, "referrals": 130,
                        "preparationYes": 31,
                        "closedByOutcome": {"WORK": 29, "STUDIES": 28, "OTHER_REHABILITATION": 24, "JOB_SEEKING": 34,
                                            "DROPOUT": 7, "MOVED": 6},
                        "followUps": [{"outcome": "WORK", "monthsAfterClosure": 6, "followedUp": 20, "employed": 15}]}
            }}""";

    @BeforeAll
    static void figures() {
        ScoringStub.answer(List.of("ungdomstorget"), "2019-01-01", "2019-12-31", null, FIGURES);
    }

    @Test
    void volumeTableOfAPlatformWithTheYearsOutcomeGroups() {
        Demo.upload(2019);
        report("volume", "ungdomstorget", "2019").statusCode(200)
                .body("unit.name", equalTo("Ungdomstorget"))
                .body("participants.women", equalTo(148))
                .body("participants.total", equalTo(295))
                .body("closed.men", equalTo(73))
                .body("remaining.total", equalTo(167))
                .body("closedByOutcome.find { it.outcome == 'WORK' }.total", equalTo(29))
                .body("closedByOutcomeGroup.find { it.group == 'OTHER_SOLUTION' }.total", equalTo(58))
                .body("closedByOutcomeGroup.find { it.group == 'DROPOUT' }.women", equalTo(7))
                .body("medianDaysToClosure.women", equalTo(190.0f))
                .body("persons.total", equalTo(290))
                // 29 closed to work, 20 of them followed up after 6 months (69 %), 15 of those employed (75 %)
                .body("followUps.find { it.group == 'WORK' && it.monthsAfterClosure == 6 }.closed.total", equalTo(29))
                .body("followUps.find { it.group == 'WORK' && it.monthsAfterClosure == 6 }.followedUp.total", equalTo(20))
                .body("followUps.find { it.group == 'WORK' && it.monthsAfterClosure == 6 }.followedUpPercent.total", equalTo(69))
                .body("followUps.find { it.group == 'WORK' && it.monthsAfterClosure == 6 }.employedPercent.total", equalTo(75))
                .body("followUps.find { it.group == 'STUDIES' && it.monthsAfterClosure == 24 }.followedUp.total", equalTo(0))
                .body("followUps.size()", equalTo(12));
    }

    @Test
    void volumeTableAsCsv() {
        Demo.upload(2019);
        given().accept("text/csv").queryParam("associationId", "umearegionen").queryParam("unit", "ungdomstorget")
                .queryParam("year", "2019")
                .when().get("/api/v1/reports/volume")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith("association_id,unit,period,from,to,measure,category,women,men,total\r\n"))
                .body(containsString("umearegionen,ungdomstorget,2019,2019-01-01,2019-12-31,participants,,148,147,295\r\n"))
                .body(containsString(",closed_by_outcome_group,OTHER_SOLUTION,24,34,58\r\n"));
    }

    @Test
    void goalFulfilmentWithStatusesAndSummaries() {
        Demo.upload(2019);
        report("goal-fulfilment", "ungdomstorget", "2019").statusCode(200)
                .body("goalModelVersion", org.hamcrest.Matchers.greaterThan(0))
                .body("goalAreas[0].goals[0].indicators[0].id", equalTo("1.1.1"))
                .body("goalAreas[0].goals[0].indicators[0].value", equalTo(23))
                .body("goalAreas[0].goals[0].indicators[0].status", equalTo("RED"))
                .body("goalAreas[0].goals[0].indicators[2].status", equalTo("GREEN"))
                .body("goalAreas[0].goals[0].indicators[0].byGender.women.value", equalTo(18))
                .body("goalAreas[0].goals[0].indicators.find { it.id == '1.1.5' }.value", equalTo(75))
                .body("goalAreas[0].goals[0].summary.red", equalTo(2))
                // area 1 of Ungdomstorget: statuses weighed 2/1/0 against the demo model's budget of 70
                .body("goalAreas[0].index.budget", equalTo(70))
                .body("goalAreas[0].index.pointsPerStatus.green", equalTo(2))
                .body("index.budget", org.hamcrest.Matchers.nullValue());
        var area = report("goal-fulfilment", "ungdomstorget", "2019").extract().jsonPath();
        int green = area.getInt("goalAreas[0].summary.green");
        int judged = green + area.getInt("goalAreas[0].summary.yellow") + area.getInt("goalAreas[0].summary.red");
        int points = 2 * green + area.getInt("goalAreas[0].summary.yellow");
        org.assertj.core.api.Assertions.assertThat(area.getInt("goalAreas[0].index.maxPoints")).isEqualTo(2 * judged);
        org.assertj.core.api.Assertions.assertThat(area.getInt("goalAreas[0].index.points")).isEqualTo(points);
        org.assertj.core.api.Assertions.assertThat(area.getInt("goalAreas[0].index.difference"))
                .isEqualTo(area.getInt("goalAreas[0].index.percent") - 70);
    }

    @Test
    void aTaggedClosureShareIsComputedFromScoringsTaggedFigures() {
        Demo.upload(2019);
        java.util.Map<String, String> saved = ScoringStub.snapshot();
        try {
            // participants with psychiatric contact: 10 closures, 6 of them to another solution (rehabilitation, job
            // seeking); the untagged figures would give 58 of 128
            ScoringStub.answer(List.of("ungdomstorget"), "2019-01-01", "2019-12-31", "PSYCHIATRIC_CONTACT", """
                    {"groups": {"TOTAL": {"participants": 20, "started": 8, "closed": 10, "remaining": 10,
                      "closedByOutcome": {"OTHER_REHABILITATION": 4, "JOB_SEEKING": 2, "WORK": 4}, "followUps": []}}}""");
            report("goal-fulfilment", "ungdomstorget", "2019").statusCode(200)
                    .body("goalAreas[0].goals[0].indicators.find { it.id == '1.1.4' }.numerator", equalTo(6))
                    .body("goalAreas[0].goals[0].indicators.find { it.id == '1.1.4' }.denominator", equalTo(10))
                    .body("goalAreas[0].goals[0].indicators.find { it.id == '1.1.4' }.value", equalTo(60));
        } finally {
            ScoringStub.restore(saved);
        }
    }

    @Test
    void goalFulfilmentAsCsv() {
        Demo.upload(2019);
        given().accept("text/csv").queryParam("associationId", "umearegionen").queryParam("unit", "ungdomstorget")
                .queryParam("year", "2019")
                .when().get("/api/v1/reports/goal-fulfilment")
                .then().statusCode(200)
                .body(containsString(",1,1.1,1.1.1,Andel avslutade deltagare som gått till arbete,CLOSURE_SHARE,total,29,128,23,PERCENT,35,AT_LEAST,RED,,,\r\n"))
                .body(containsString(",1.1.1,Andel avslutade deltagare som gått till arbete,CLOSURE_SHARE,women,10,55,18,PERCENT,35,AT_LEAST,RED,,,\r\n"));
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        Demo.upload(2019);
        given().queryParam("associationId", "umearegionen").queryParam("unit", "ungdomstorget")
                .queryParam("period", "2019-T4")
                .when().get("/api/v1/reports/volume")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("period"));
        given().queryParam("associationId", "umearegionen").queryParam("unit", "ungdomstorget")
                .queryParam("year", "twenty")
                .when().get("/api/v1/reports/volume")
                .then().statusCode(400).body("field", equalTo("year"));
        report("volume", "atlantis", "2019").statusCode(404).body("field", equalTo("unit"));
        report("goal-fulfilment", "ungdomstorget", "2031").statusCode(404).body("field", equalTo("year"));
    }

    private static ValidatableResponse report(String report, String unit, String year) {
        return given().queryParam("associationId", "umearegionen").queryParam("unit", unit).queryParam("year", year)
                .when().get("/api/v1/reports/" + report).then();
    }
}
