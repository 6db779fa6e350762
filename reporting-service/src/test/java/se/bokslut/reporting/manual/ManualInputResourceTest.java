package se.bokslut.reporting.manual;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.bokslut.localstack.LocalStackTestResource;
import se.bokslut.reporting.Api;
import se.bokslut.reporting.Demo;

/**
 * Manual indicators and board verdicts of the shipped 2020 model for hela-forbundet: 2.2.1 MANUAL_VALUE (target 0,
 * AT_MOST), 3.1.4 EXAMPLES (target 1) and 4.1.3 PRESENCE (no target), entered through the API and assessed in goal
 * fulfilment.
 */
@QuarkusTest
class ManualInputResourceTest {

    static final String BASE = "/api/v1/manual-inputs/umearegionen/2020/hela-forbundet";
    static final String GOAL_2_2 = "goalAreas.goals.flatten().find { it.id == '2.2' }";
    static final String INDICATOR = "goalAreas.goals.flatten().indicators.flatten().find { it.id == '%s' }";

    @BeforeEach
    void theModelIsInForce() {
        Demo.upload(2020);
    }

    @Test
    void aManualValueIsAssessedAgainstItsTargetAndShownWithItsComment() {
        put("/indicators/2.2.1", "{\"value\": -1.4, \"comment\": \"Försäkringskassan, sjukpenningdagar\"}")
                .statusCode(200)
                .body("input.value", equalTo(-1.4f))
                .body("changedBy", equalTo("analyst@umearegionen"));
        fulfilment("2020").body(indicator("2.2.1") + ".value", equalTo(-1.4f))
                .body(indicator("2.2.1") + ".valueUnit", equalTo("VALUE"))
                .body(indicator("2.2.1") + ".status", equalTo("GREEN"))
                .body(indicator("2.2.1") + ".comment", equalTo("Försäkringskassan, sjukpenningdagar"))
                .body(indicator("2.2.1") + ".numerator", nullValue());

        put("/indicators/2.2.1", "{\"value\": 0.3}").statusCode(200);
        fulfilment("2020").body(indicator("2.2.1") + ".value", equalTo(0.3f))
                .body(indicator("2.2.1") + ".status", equalTo("RED"))
                .body(indicator("2.2.1") + ".comment", nullValue());
    }

    @Test
    void examplesCountAgainstTheirTargetAndPresenceIsGreenOnlyWhenPresent() {
        put("/indicators/3.1.4", "{\"value\": 0}").statusCode(200);
        put("/indicators/4.1.3", "{\"present\": false}").statusCode(200);
        fulfilment("2020").body(indicator("3.1.4") + ".value", equalTo(0))
                .body(indicator("3.1.4") + ".status", equalTo("RED"))
                .body(indicator("4.1.3") + ".value", equalTo(0))
                .body(indicator("4.1.3") + ".valueUnit", equalTo("YES_NO"))
                .body(indicator("4.1.3") + ".target", equalTo(1))
                .body(indicator("4.1.3") + ".status", equalTo("RED"));

        put("/indicators/3.1.4", "{\"value\": 2}").statusCode(200);
        put("/indicators/4.1.3", "{\"present\": true}").statusCode(200);
        fulfilment("2020").body(indicator("3.1.4") + ".value", equalTo(2))
                .body(indicator("3.1.4") + ".status", equalTo("GREEN"))
                .body(indicator("4.1.3") + ".value", equalTo(1))
                .body(indicator("4.1.3") + ".status", equalTo("GREEN"));
    }

    @Test
    void entriesCountForTheWholeYearOnlyAndRemovingOneGivesNoDataAgain() {
        put("/indicators/3.1.4", "{\"value\": 3}").statusCode(200);
        fulfilment("2020-T1").body(indicator("3.1.4") + ".status", equalTo("NO_DATA"))
                .body(indicator("3.1.4") + ".value", nullValue());

        analyst().when().delete(BASE + "/indicators/3.1.4").then().statusCode(204);
        fulfilment("2020").body(indicator("3.1.4") + ".status", equalTo("NO_DATA"));
        analyst().when().delete(BASE + "/indicators/3.1.4").then().statusCode(404)
                .body("field", equalTo("indicatorId"));
    }

    @Test
    void theBoardsVerdictStandsBesideTheComputedStatuses() {
        put("/indicators/2.2.1", "{\"value\": 0.3}").statusCode(200);
        put("/verdicts/2.2", "{\"status\": \"YELLOW\", \"motivation\": \"Ökningen var liten och beror på en kommun.\"}")
                .statusCode(200).body("verdict.status", equalTo("YELLOW"));

        fulfilment("2020").body(GOAL_2_2 + ".verdict.status", equalTo("YELLOW"))
                .body(GOAL_2_2 + ".verdict.motivation", containsString("en kommun"))
                .body(GOAL_2_2 + ".summary.red", equalTo(1))
                .body(GOAL_2_2 + ".summary.yellow", equalTo(0));
        fulfilment("2020-Q2").body(GOAL_2_2 + ".verdict", nullValue());
        Api.as(LocalStackTestResource.tokens().analyst("umearegionen")).accept("text/csv")
                .queryParam("associationId", "umearegionen").queryParam("unit", "hela-forbundet")
                .queryParam("year", "2020")
                .when().get("/api/v1/reports/goal-fulfilment").then().statusCode(200)
                .body(containsString("board_verdict,board_motivation"))
                .body(containsString(",RED,,YELLOW,"));

        put("/verdicts/2.2", "{\"status\": \"NOT_ASSESSED\"}").statusCode(200);
        analyst().when().delete(BASE + "/verdicts/2.2").then().statusCode(204);
        fulfilment("2020").body(GOAL_2_2 + ".verdict", nullValue());
    }

    @Test
    void aBiReaderSeesEnteredResultsAndVerdictsAsTheyArePublished() {
        put("/indicators/3.1.4", "{\"value\": 2}").statusCode(200);
        put("/verdicts/2.2", "{\"status\": \"GREEN\", \"motivation\": \"Uppfyllt.\"}").statusCode(200);
        Api.as(LocalStackTestResource.tokens().biReader("umearegionen"))
                .queryParam("associationId", "umearegionen").queryParam("unit", "hela-forbundet")
                .queryParam("year", "2020")
                .when().get("/api/v1/reports/goal-fulfilment").then().statusCode(200)
                .body(indicator("3.1.4") + ".value", equalTo(2))
                .body(indicator("3.1.4") + ".status", equalTo("GREEN"))
                .body(GOAL_2_2 + ".verdict.status", equalTo("GREEN"));
    }

    @Test
    void everyEntryIsCheckedAgainstTheModelAndTheKindAndTheProblemNamesTheField() {
        rejected(put("/indicators/2.2.1", "{\"value\": 1, \"present\": true}"), 422, "present");
        rejected(put("/indicators/2.2.1", "{\"comment\": \"no value\"}"), 422, "value");
        rejected(put("/indicators/2.2.1", "{\"value\": \"1.2\"}"), 422, "value");
        rejected(put("/indicators/2.2.1", "{\"value\": 1, \"source\": \"x\"}"), 422, "source");
        rejected(put("/indicators/2.2.1", "{\"value\": 1, \"comment\": \"" + "x".repeat(2001) + "\"}"), 422, "comment");
        rejected(put("/indicators/3.1.4", "{\"value\": 1.5}"), 422, "value");
        rejected(put("/indicators/3.1.4", "{\"value\": -1}"), 422, "value");
        rejected(put("/indicators/4.1.3", "{\"value\": 1}"), 422, "value");
        rejected(put("/indicators/4.1.3", "{\"present\": \"yes\"}"), 422, "present");
        rejected(put("/indicators/1.1.1", "{\"value\": 1}"), 422, "indicatorId");
        rejected(put("/indicators/9.9.9", "{\"value\": 1}"), 404, "indicatorId");
        rejected(put("/verdicts/9.9", "{\"status\": \"GREEN\", \"motivation\": \"x\"}"), 404, "goalId");
        rejected(put("/verdicts/2.2", "{\"status\": \"GREEN\"}"), 422, "motivation");
        rejected(put("/verdicts/2.2", "{\"status\": \"BLUE\", \"motivation\": \"x\"}"), 422, "status");
        rejected(put("/verdicts/2.2", "{\"motivation\": \"x\"}"), 422, "status");
        rejected(analyst().contentType(ContentType.JSON).body("{\"value\": 1}")
                .when().put("/api/v1/manual-inputs/umearegionen/2020/ungdomstorget/indicators/2.2.1").then(), 422, "unit");
        rejected(analyst().contentType(ContentType.JSON).body("{\"value\": 1}")
                .when().put("/api/v1/manual-inputs/umearegionen/2020/atlantis/indicators/2.2.1").then(), 404, "unit");
        rejected(analyst().contentType(ContentType.JSON).body("{\"value\": 1}")
                .when().put("/api/v1/manual-inputs/umearegionen/2031/hela-forbundet/indicators/2.2.1").then(), 404, "year");
        rejected(analyst().contentType(ContentType.JSON).body("{\"value\": 1}")
                .when().put("/api/v1/manual-inputs/umearegionen/3000/hela-forbundet/indicators/2.2.1").then(), 400, "year");
        rejected(analyst().when().get("/api/v1/manual-inputs/umearegionen/3000").then(), 400, "year");
    }

    @Test
    void everyChangeIsAuditedAndTheYearsEntriesCanBeListed() {
        analyst().when().delete(BASE + "/indicators/2.2.1");
        put("/indicators/2.2.1", "{\"value\": 1.0}").statusCode(200);
        put("/indicators/2.2.1", "{\"value\": -0.5}").statusCode(200);
        analyst().when().delete(BASE + "/indicators/2.2.1").then().statusCode(204);

        analyst().queryParam("associationId", "umearegionen").queryParam("subjectType", "MANUAL_INPUT")
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("[0].subjectId", equalTo("2020/hela-forbundet/2.2.1"))
                .body("[0].action", equalTo("DELETED"))
                .body("[0].before.value", equalTo(-0.5f))
                .body("[0].after", nullValue())
                .body("[1].action", equalTo("CHANGED"))
                .body("[1].before.value", equalTo(1.0f))
                .body("[1].after.value", equalTo(-0.5f))
                .body("[2].action", equalTo("CREATED"));

        put("/indicators/3.1.4", "{\"value\": 4}").statusCode(200);
        put("/verdicts/2.2", "{\"status\": \"RED\", \"motivation\": \"Ej uppfyllt.\"}").statusCode(200);
        analyst().queryParam("unit", "hela-forbundet").when().get("/api/v1/manual-inputs/umearegionen/2020")
                .then().statusCode(200)
                .body("find { it.subjectId == '3.1.4' }.input.value", equalTo(4))
                .body("find { it.subjectId == '2.2' }.subjectType", equalTo("GOAL"))
                .body("subjectId", hasItem("2.2"));
        analyst().queryParam("associationId", "umearegionen").queryParam("subjectType", "BOARD_VERDICT")
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("[0].after.status", equalTo("RED"));
    }

    private static io.restassured.specification.RequestSpecification analyst() {
        return Api.as(LocalStackTestResource.tokens().analyst("umearegionen"));
    }

    @org.junit.jupiter.api.Test
    void eightConcurrentFirstEntriesOfOneIndicatorAllSucceed() throws Exception {
        analyst().when().delete(BASE + "/indicators/2.2.1").then().statusCode(org.hamcrest.Matchers.anyOf(
                equalTo(204), equalTo(404)));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                double value = i / 10.0;
                answers.add(pool.submit(() -> analyst().contentType(ContentType.JSON)
                        .body("{\"value\": " + value + "}").when().put(BASE + "/indicators/2.2.1").statusCode()));
            }
            for (var answer : answers) {
                org.assertj.core.api.Assertions.assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ValidatableResponse put(String path, String body) {
        return analyst().contentType(ContentType.JSON).body(body).when().put(BASE + path).then();
    }

    private static ValidatableResponse fulfilment(String period) {
        return analyst().queryParam("associationId", "umearegionen").queryParam("unit", "hela-forbundet")
                .queryParam("period", period)
                .when().get("/api/v1/reports/goal-fulfilment").then().statusCode(200);
    }

    private static void rejected(ValidatableResponse response, int status, String field) {
        response.statusCode(status).contentType("application/problem+json").body("field", equalTo(field));
    }

    private static String indicator(String id) {
        return INDICATOR.formatted(id);
    }
}
