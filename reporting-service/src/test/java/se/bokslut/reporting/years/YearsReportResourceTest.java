package se.bokslut.reporting.years;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static se.bokslut.reporting.Api.given;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.restassured.response.ValidatableResponse;
import se.bokslut.localstack.LocalStackTestResource;
import se.bokslut.reporting.Api;
import se.bokslut.reporting.Demo;
import se.bokslut.reporting.ScoringStub;

/**
 * The years report over the shipped goal models of 2017, 2019 and 2020 (none for 2018) and Ungdomstorget's figures as
 * the demo generates them (deploy/local-stack DemoData), played by {@link ScoringStub}.
 */
@QuarkusTest
public class YearsReportResourceTest {

    /**
     * Ungdomstorget's 2019 closures exactly as DemoData makes them: women 10 work, 14 studies, 24 other solution (4 to
     * each of its six outcomes), 7 drop-outs (3 DROPOUT, 2 MOVED, 2 OTHER); men 19, 14, 34 other solution (6 each to
     * the first four, 5 to NO_WORK_CAPACITY and JOB_SEEKING), 6 drop-outs (2 each).
     */
    static final String UNGDOMSTORGET_2019 = """
            {"groups": {
              "WOMAN": {"participants": 148, "started": 66, "closed": 55, "remaining": 93,
                        "closedByOutcome": {"WORK": 10, "STUDIES": 14, "OTHER_REHABILITATION": 4,
                          "MEDICAL_REHABILITATION": 4, "SICKNESS_COMPENSATION": 4, "DAILY_ACTIVITY": 4,
                          "NO_WORK_CAPACITY": 4, "JOB_SEEKING": 4, "DROPOUT": 3, "MOVED": 2, "OTHER": 2},
                        "followUps": []},
              "MAN":   {"participants": 147, "started": 55, "closed": 73, "remaining": 74,
                        "closedByOutcome": {"WORK": 19, "STUDIES": 14, "OTHER_REHABILITATION": 6,
                          "MEDICAL_REHABILITATION": 6, "SICKNESS_COMPENSATION": 6, "DAILY_ACTIVITY": 6,
                          "NO_WORK_CAPACITY": 5, "JOB_SEEKING": 5, "DROPOUT": 2, "MOVED": 2, "OTHER": 2},
                        "followUps": []},
              "TOTAL": {"participants": 295, "started": 121, "closed": 128, "remaining": 167, "referrals": 145,
                        "closedByOutcome": {"WORK": 29, "STUDIES": 28, "OTHER_REHABILITATION": 10,
                          "MEDICAL_REHABILITATION": 10, "SICKNESS_COMPENSATION": 10, "DAILY_ACTIVITY": 10,
                          "NO_WORK_CAPACITY": 9, "JOB_SEEKING": 9, "DROPOUT": 5, "MOVED": 4, "OTHER": 4},
                        "followUps": []}
            }}""";

    /** 2020 as DemoData makes it: 167 carried over and 40 new; 56 closures, 43 of them positive. */
    public static final String UNGDOMSTORGET_2020 = """
            {"groups": {
              "TOTAL": {"participants": 207, "started": 40, "closed": 56, "remaining": 151,
                        "closedByOutcome": {"WORK": 15, "SUBSIDISED_WORK": 2, "STUDIES": 11, "JOB_SEEKING": 6,
                          "OTHER_REHABILITATION": 5, "DAILY_ACTIVITY": 4, "MEDICAL_REHABILITATION": 5,
                          "DROPOUT": 6, "MOVED": 2},
                        "followUps": []}
            }}""";

    /** A year without a goal model still has facts. */
    static final String UNGDOMSTORGET_2018 = """
            {"groups": {
              "TOTAL": {"participants": 240, "started": 100, "closed": 50, "remaining": 190,
                        "closedByOutcome": {"WORK": 10, "STUDIES": 10, "JOB_SEEKING": 20, "DROPOUT": 10},
                        "followUps": []}
            }}""";

    /** Three women closed, all to work: small for a BI reader. */
    static final String ROBERTSFORS_2019 = """
            {"groups": {
              "WOMAN": {"participants": 14, "started": 6, "closed": 3, "remaining": 11,
                        "closedByOutcome": {"WORK": 3}, "followUps": []},
              "MAN":   {"participants": 16, "started": 7, "closed": 9, "remaining": 7,
                        "closedByOutcome": {"WORK": 2, "STUDIES": 7}, "followUps": []},
              "TOTAL": {"participants": 30, "started": 13, "closed": 12, "remaining": 18,
                        "closedByOutcome": {"WORK": 5, "STUDIES": 7}, "followUps": []}
            }}""";

    @BeforeAll
    static void figures() {
        ScoringStub.answer(List.of("ungdomstorget"), "2018-01-01", "2018-12-31", null, UNGDOMSTORGET_2018);
        ScoringStub.answer(List.of("ungdomstorget"), "2019-01-01", "2019-12-31", null, UNGDOMSTORGET_2019);
        ScoringStub.answer(List.of("ungdomstorget"), "2020-01-01", "2020-12-31", null, UNGDOMSTORGET_2020);
        ScoringStub.answer(List.of("robertsfors"), "2019-01-01", "2019-12-31", null, ROBERTSFORS_2019);
        // 2017: nothing registered, so scoring answers no facts at all
    }

    @BeforeEach
    void models() {
        Demo.upload(2017, 2019, 2020);
    }

    @Test
    void eachYearUnderItsOwnModelWithTheVolumeHeadline() {
        years(given(), "ungdomstorget", null).statusCode(200)
                .body("definitionsOf", nullValue())
                .body("years.year", equalTo(List.of(2017, 2018, 2019, 2020)))
                .body("years[0].reasons.code", equalTo(List.of("NO_FIGURES")))
                .body("years[0].volume", nullValue())
                .body("years[1].reasons.code", equalTo(List.of("NO_GOAL_MODEL")))
                .body("years[1].volume.participants.total", equalTo(240))
                .body("years[1].definitionsYear", nullValue())
                .body("years[2].definitionsYear", equalTo(2019))
                .body("years[2].volume.closed.women", equalTo(55))
                .body("years[3].volume.remaining.total", equalTo(151))
                // worked example 2: 29 of all 128 closures; worked example 4: 17 of the 43 positive
                .body(series("work-share") + ".years[2].id", equalTo("1.1.1"))
                .body(series("work-share") + ".years[2].numerator", equalTo(29))
                .body(series("work-share") + ".years[2].denominator", equalTo(128))
                .body(series("work-share") + ".years[2].value", equalTo(23))
                .body(series("work-share") + ".years[2].status", equalTo("RED"))
                .body(series("work-share") + ".years[3].id", equalTo("1.1.2"))
                .body(series("work-share") + ".years[3].numerator", equalTo(17))
                .body(series("work-share") + ".years[3].denominator", equalTo(43))
                .body(series("work-share") + ".years[3].value", equalTo(40))
                .body(series("work-share") + ".years[3].status", equalTo("GREEN"))
                .body(series("work-share") + ".years[3].definitionsYear", equalTo(2020))
                .body(series("work-share") + ".years[1].status", equalTo("NO_DATA"))
                .body(series("work-share") + ".years[1].reason.code", equalTo("NO_GOAL_MODEL"))
                .body(series("work-share") + ".years[0].reason.code", equalTo("NO_FIGURES"))
                .body(series("work-share") + ".years[0].numerator", nullValue())
                .body(series("positive-share") + ".years[2].reason.code", equalTo("NOT_IN_MODEL"))
                .body(series("other-solution-share") + ".years[2].value", equalTo(45))
                .body(series("other-solution-share") + ".years[3].reason.code", equalTo("NOT_IN_MODEL"))
                // an indicator of hela-forbundet only is no series of a platform
                .body("indicators.key", not(hasItem("2.1.1")))
                .body(series("1.2.1") + ".years[2].reason.code", equalTo("NO_ANSWERS"))
                .body("suppression", nullValue());
    }

    @Test
    void under2020DefinitionsWorkIsAShareOf2019sPositiveClosures() {
        // 2020's POSITIVE applied to 2019's closures: WORK 29 + STUDIES 28 + OTHER_REHABILITATION 10
        // + SICKNESS_COMPENSATION 10 + DAILY_ACTIVITY 10 + NO_WORK_CAPACITY 9 + JOB_SEEKING 9 = 105
        // (MEDICAL_REHABILITATION is not positive in 2020); work 29/105 = 27.6 % → 28 %, 7 points short of 35 → RED.
        // Women 10/44 = 23 %, men 19/61 = 31 %.
        years(given(), "ungdomstorget", "2020").statusCode(200)
                .body("definitionsOf", equalTo(2020))
                .body("years.definitionsYear", equalTo(List.of(2020, 2020, 2020, 2020)))
                .body("years[1].reasons", equalTo(List.of()))
                .body(series("work-share") + ".years[2].id", equalTo("1.1.2"))
                .body(series("work-share") + ".years[2].definitionsYear", equalTo(2020))
                .body(series("work-share") + ".years[2].numerator", equalTo(29))
                .body(series("work-share") + ".years[2].denominator", equalTo(105))
                .body(series("work-share") + ".years[2].value", equalTo(28))
                .body(series("work-share") + ".years[2].status", equalTo("RED"))
                .body(series("work-share") + ".years[2].byGender.women.value", equalTo(23))
                .body(series("work-share") + ".years[2].byGender.men.value", equalTo(31))
                .body(series("work-share") + ".years[3].value", equalTo(40))
                // 2018 has no model of its own, but its facts can be read under 2020's: 10 of 40 positive
                .body(series("work-share") + ".years[1].numerator", equalTo(10))
                .body(series("work-share") + ".years[1].denominator", equalTo(40))
                // 105 of 128 positive = 82 %, within 10 points of 90 → GREEN
                .body(series("positive-share") + ".years[2].value", equalTo(82))
                .body(series("positive-share") + ".years[2].status", equalTo("GREEN"))
                .body("indicators.key", not(hasItem("other-solution-share")))
                .body(series("1.2.1") + ".years[2].reason.code", equalTo("NO_ANSWERS"))
                .body(series("1.2.1") + ".years[2].reason.text", containsString("NNS-1"));
    }

    @Test
    void longFormatCsvOneRowPerYearIndicatorAndGender() {
        years(given().accept("text/csv"), "ungdomstorget", "2020").statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith("association_id,unit,year,indicator_key,indicator,title,kind,gender,numerator,"
                        + "denominator,value,value_unit,target,status,reason,definitions_year\r\n"))
                .body(containsString("umearegionen,ungdomstorget,2019,work-share,1.1.2,Andel av de positiva avsluten "
                        + "som gått till arbete,CLOSURE_SHARE,total,29,105,28,PERCENT,35,RED,,2020\r\n"))
                .body(containsString("umearegionen,ungdomstorget,2019,work-share,1.1.2,Andel av de positiva avsluten "
                        + "som gått till arbete,CLOSURE_SHARE,women,10,44,23,PERCENT,35,RED,,2020\r\n"))
                .body(containsString("umearegionen,ungdomstorget,2019,volume.participants,,,VOLUME,total,295,,295,"
                        + "COUNT,,,,2020\r\n"))
                .body(containsString("umearegionen,ungdomstorget,2017,volume.participants,,,VOLUME,total,,,,COUNT,,,"
                        + "NO_FIGURES,2020\r\n"));
    }

    @Test
    void aBiReaderSeesEachYearsSmallCountsHidden() {
        RequestSpecification biReader = Api.as(LocalStackTestResource.tokens().biReader("umearegionen"));
        years(biReader, "robertsfors", null).statusCode(200)
                .body(series("work-share") + ".years[2].byGender.women.numerator", nullValue())
                // the total goes too: it is the volume table's closures to work, tied across the association's units
                .body(series("work-share") + ".years[2].numerator", nullValue())
                .body("years[2].volume.closed.women", nullValue())
                .body("suppression.cells", hasItem("2019.1.1.1.numerator.women"))
                .body("suppression.cells", hasItem("2019.volume.closed.women"));
        years(given(), "robertsfors", null).statusCode(200)
                .body(series("work-share") + ".years[2].byGender.women.numerator", equalTo(3))
                .body("years[2].volume.closed.women", equalTo(3))
                .body("suppression", nullValue());
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        request(given(), "ungdomstorget", null, "2020", null).statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("fromYear"));
        request(given(), "ungdomstorget", "2019", "2017", null).statusCode(400).body("field", equalTo("toYear"));
        request(given(), "ungdomstorget", "2004", "2030", null).statusCode(400).body("field", equalTo("toYear"));
        request(given(), "ungdomstorget", "2017", "twenty", null).statusCode(400).body("field", equalTo("toYear"));
        request(given(), "ungdomstorget", "2017", "2020", "2018").statusCode(404)
                .body("field", equalTo("definitionsOf"));
        request(given(), "atlantis", "2017", "2020", null).statusCode(404).body("field", equalTo("unit"));
    }

    private static String series(String key) {
        return "indicators.find { it.key == '" + key + "' }";
    }

    private static ValidatableResponse years(RequestSpecification caller, String unit, String definitionsOf) {
        return request(caller, unit, "2017", "2020", definitionsOf);
    }

    private static ValidatableResponse request(RequestSpecification caller, String unit, String fromYear,
            String toYear, String definitionsOf) {
        RequestSpecification request = caller.queryParam("associationId", "umearegionen").queryParam("unit", unit);
        if (fromYear != null) {
            request = request.queryParam("fromYear", fromYear);
        }
        request = request.queryParam("toYear", toYear);
        if (definitionsOf != null) {
            request = request.queryParam("definitionsOf", definitionsOf);
        }
        return request.when().get("/api/v1/reports/years").then();
    }
}
