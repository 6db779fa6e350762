package se.bokslut.reporting.background;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static se.bokslut.reporting.Api.given;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import se.bokslut.localstack.LocalStackTestResource;
import se.bokslut.reporting.Api;
import se.bokslut.reporting.Demo;
import se.bokslut.reporting.ScoringStub;

/** The background report over figures played by {@link ScoringStub}, as an analyst and as a BI reader sees it. */
@QuarkusTest
public class BackgroundReportResourceTest {

    /**
     * Vuxentorget 2019: 40 women and 30 men from Umeå, Vännäs and Vindeln; 2 women of 60–64 and 3 men from Vindeln are
     * the small cells.
     */
    public static final String FIGURES = """
            {"groups": {
              "WOMAN": {"participants": %s, "started": %s, "referralsByReferrer": {"REGION": 12, "OTHER": 8},
                        "closures": %s},
              "MAN":   {"participants": %s, "started": %s, "referralsByReferrer": {"REGION": 10, "OTHER": 5},
                        "closures": %s},
              "TOTAL": {"participants": %s, "started": %s, "referralsByReferrer": {"REGION": 22, "OTHER": 13},
                        "closures": %s}
            }}""".formatted(
            population(40, 48, 6, 2, 30, 0), population(20, 20, 1, 2, 15, 0), closures(10, 6, 5),
            population(30, 30, 5, 0, 20, 3), population(15, 15, 0, 0, 8, 3), closures(12, 6, 4),
            population(70, 78, 11, 2, 50, 3), population(35, 35, 1, 2, 23, 3), closures(22, 12, 9));

    private static String population(int persons, int episodes, int reReferred, int aged60, int umea, int vindeln) {
        return """
                {"persons": %d, "episodes": %d, "reReferredPersons": %d,
                 "ageAtStart": {"UNDER_16": 0, "16_19": 0, "20_24": %d, "25_29": 0, "30_39": %d, "40_49": 0,
                                "50_59": 0, "60_64": %d, "65_PLUS": 0, "UNKNOWN": 0},
                 "education": {"COMPULSORY": %d, "UPPER_SECONDARY": %d, "POST_SECONDARY_UNDER_3_YEARS": 0,
                               "POST_SECONDARY_3_YEARS_OR_MORE": 0, "UNKNOWN": 0},
                 "incomeSupport": {"SICKNESS_BENEFIT": %d, "SOCIAL_ASSISTANCE": %d, "NONE": 0, "NOT_STATED": 0},
                 "yearsOnPublicSupport": {"0": 0, "1_3": %d, "4_6": %d, "7_PLUS": 0, "UNKNOWN": 0},
                 "municipality": {"2404": %d, "2460": %d, "2480": %d}}""".formatted(persons, episodes, reReferred,
                persons / 2, persons - persons / 2 - aged60, aged60, persons - persons / 2, persons / 2, persons, persons,
                persons - persons / 2, persons / 2, vindeln, persons - umea - vindeln, umea);
    }

    private static String closures(int closed, int work, int followedUp) {
        return """
                {"closed": %d, "closedByOutcome": {"WORK": %d, "STUDIES": %d},
                 "timeInPlatform": {"UNDER_3_MONTHS": 0, "3_6_MONTHS": %d, "6_12_MONTHS": %d, "12_24_MONTHS": 0,
                                    "OVER_24_MONTHS": 0},
                 "meanDaysInPlatform": 180.5, "medianDaysInPlatform": 170.0,
                 "followUps": [{"outcome": "WORK", "monthsAfterClosure": 6, "followedUp": %d, "employed": %d}]}"""
                .formatted(closed, work, closed - work, work, closed - work, followedUp, followedUp - 1);
    }

    @BeforeAll
    static void figures() {
        ScoringStub.answerBackground(List.of("vuxentorget"), "2019-01-01", "2019-12-31", FIGURES);
    }

    @Test
    void anAnalystSeesEveryCountWithWholePercentSharesOfTheBase() {
        Demo.upload(2019);
        report(given()).statusCode(200)
                .body("unit.name", equalTo("Vuxentorget"))
                .body("participants.persons.total", equalTo(70))
                .body("participants.episodes.women", equalTo(48))
                .body("participants.persons.totalPercent", nullValue())
                .body("participants.reReferredPersons.totalPercent", equalTo(16)) // 11 / 70 = 15.7
                .body("participants.ageAtStart.find { it.category == '60_64' }.women", equalTo(2))
                .body("participants.ageAtStart.find { it.category == '60_64' }.name", equalTo("60–64 år"))
                .body("participants.municipality.find { it.category == '2480' }.name", equalTo("Umeå"))
                .body("participants.municipality.find { it.category == '2404' }.name", equalTo("Vindeln"))
                .body("participants.municipality.find { it.category == '2404' }.totalPercent", equalTo(4))
                .body("started.persons.men", equalTo(15))
                .body("referrals.total", equalTo(35))
                .body("referralsByReferrer.find { it.category == 'REGION' }.totalPercent", equalTo(63))
                .body("closures.closed.total", equalTo(22))
                .body("closures.timeInPlatform.find { it.category == '3_6_MONTHS' }.total", equalTo(12))
                .body("closures.medianDays.total", equalTo(170.0f))
                // the 2019 model's WORK group, 6 months: 12 closed to work, 9 followed up (75 %), 8 employed (89 %)
                .body("followUps.find { it.group == 'WORK' && it.monthsAfterClosure == 6 }.closed.total", equalTo(12))
                .body("followUps.find { it.group == 'WORK' && it.monthsAfterClosure == 6 }.followedUpPercent.total", equalTo(75))
                .body("followUps.find { it.group == 'WORK' && it.monthsAfterClosure == 6 }.employedPercent.total", equalTo(89))
                .body("followUps.find { it.group == 'WORK' && it.monthsAfterClosure == 12 }.followedUp.total", equalTo(0))
                .body("suppression", nullValue());
    }

    @Test
    void aBiReaderGetsSmallCountsHiddenWithEveryCellThatWouldGiveThemAway() {
        Demo.upload(2019);
        report(Api.as(LocalStackTestResource.tokens().biReader("umearegionen"))).statusCode(200)
                // the persons themselves may go too: tied to the volume table and the association's unit group
                .body("participants.persons.total", anyOf(equalTo(70), nullValue()))
                .body("participants.ageAtStart.find { it.category == '60_64' }.women", nullValue())
                .body("participants.ageAtStart.find { it.category == '60_64' }.womenPercent", nullValue())
                // women = 30–39 + 60–64: the other band goes too
                .body("participants.ageAtStart.find { it.category == '30_39' }.women", nullValue())
                .body("participants.municipality.find { it.category == '2404' }.men", nullValue())
                .body("participants.municipality.find { it.category == '2460' }.men", nullValue())
                .body("participants.persons.women", anyOf(equalTo(40), nullValue()))
                .body("started.reReferredPersons.women", nullValue())
                .body("closures.closed.women", anyOf(equalTo(10), nullValue()))
                .body("followUps.find { it.group == 'WORK' && it.monthsAfterClosure == 6 }.employed.women", nullValue())
                .body("suppression.threshold", equalTo(4))
                .body("suppression.cells", hasItem("participants.ageAtStart.60_64.women"));
    }

    @Test
    void theBackgroundAsOneFlatCsvTable() {
        Demo.upload(2019);
        given().accept("text/csv").queryParam("associationId", "umearegionen").queryParam("unit", "vuxentorget")
                .queryParam("year", "2019")
                .when().get("/api/v1/reports/background")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith(String.join(",", BackgroundCsv.HEADER) + "\r\n"))
                .body(containsString("umearegionen,vuxentorget,2019,2019-01-01,2019-12-31,participants,persons,,,40,30,70,,,\r\n"))
                .body(containsString(",participants,municipality,2480,Umeå,30,20,50,75,67,71\r\n"))
                .body(containsString(",closures_6_months,followed_up,WORK,"))
                .body(not(containsString("null")));
    }

    @Test
    void unknownUnitsAndMalformedPeriodsAreProblems() {
        Demo.upload(2019);
        given().queryParam("associationId", "umearegionen").queryParam("unit", "atlantis").queryParam("year", "2019")
                .when().get("/api/v1/reports/background").then().statusCode(404).body("field", equalTo("unit"));
        given().queryParam("associationId", "umearegionen").queryParam("unit", "vuxentorget")
                .queryParam("period", "2019-X9")
                .when().get("/api/v1/reports/background").then().statusCode(400).body("field", equalTo("period"));
    }

    private static io.restassured.response.ValidatableResponse report(RequestSpecification request) {
        return request.queryParam("associationId", "umearegionen").queryParam("unit", "vuxentorget")
                .queryParam("year", "2019")
                .when().get("/api/v1/reports/background").then();
    }
}
