package se.bokslut.reporting.goal;

import static org.assertj.core.api.Assertions.assertThat;

import static se.bokslut.reporting.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.bokslut.localstack.LocalStackTestResource;
import se.bokslut.reporting.Api;
import se.bokslut.reporting.Demo;

@QuarkusTest
class GoalModelResourceTest {

    @BeforeEach
    void referenceData() {
        Demo.upload();
    }

    @Test
    void theShippedModelsAreValidAndReadBackAsUploaded() {
        for (int year : new int[] { 2017, 2019, 2020 }) {
            put(year, Demo.goalModel(year)).statusCode(200)
                    .body("associationId", equalTo("umearegionen"))
                    .body("year", equalTo(year))
                    .body("version", greaterThan(0));
        }
        given().when().get("/api/v1/goal-models/umearegionen/2020")
                .then().statusCode(200)
                .body("outcomeGroups[0].id", equalTo("POSITIVE"))
                .body("goalAreas[0].goals[0].indicators[0].tolerance.yellow", equalTo(15));
    }

    @Test
    void everyUploadIsANewVersionAndOldVersionsStayReadable() {
        int first = put(2019, Demo.goalModel(2019)).statusCode(200).extract().path("version");
        put(2019, Demo.goalModel(2019).replace("\"target\": 35", "\"target\": 40")).statusCode(200)
                .body("version", equalTo(first + 1));

        given().when().get("/api/v1/goal-models/umearegionen/2019").then()
                .body("goalAreas[0].goals[0].indicators[0].target", equalTo(40));
        given().queryParam("version", first).when().get("/api/v1/goal-models/umearegionen/2019").then()
                .body("goalAreas[0].goals[0].indicators[0].target", equalTo(35));
    }

    @Test
    void eightConcurrentUploadsOfOneModelAllGetTheirOwnVersion() throws Exception {
        int before = put(2020, Demo.goalModel(2020)).statusCode(200).extract().path("version");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<io.restassured.response.Response>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> se.bokslut.reporting.Api.given().contentType("application/json")
                        .body(Demo.goalModel(2020)).put("/api/v1/goal-models/umearegionen/2020")));
            }
            java.util.Set<Integer> versions = new java.util.TreeSet<>();
            for (var answer : answers) {
                io.restassured.response.Response response = answer.get();
                assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
                versions.add(response.path("version"));
            }
            assertThat(versions).hasSize(8).allMatch(version -> version > before && version <= before + 8);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBrokenModelIsRejectedWithThePathOfEachViolation() {
        String broken = Demo.goalModel(2019)
                .replace("\"target\": 35", "\"target\": 135")
                .replace("\"numeratorOutcomeGroup\": \"STUDIES\"", "\"numeratorOutcomeGroup\": \"HOLIDAY\"");

        put(2019, broken).statusCode(422)
                .contentType("application/problem+json")
                .body("field", equalTo("goalAreas[0].goals[0].indicators[0].target"))
                .body("violations.field", hasItem("goalAreas[0].goals[0].indicators[1].numeratorOutcomeGroup"));
    }

    @Test
    void anUnknownKindOrFieldNamesItsPath() {
        put(2019, Demo.goalModel(2019).replace("\"kind\": \"THROUGHPUT\"", "\"kind\": \"VIBES\"")).statusCode(422)
                .body("field", equalTo("goalAreas[1].goals[0].indicators[1].kind"));
        put(2019, Demo.goalModel(2019).replace("\"assessedUnits\"", "\"assessedUnitz\"")).statusCode(422)
                .body("field", equalTo("assessedUnitz"));
    }

    @Test
    void fieldsOfAnotherKindAndUnknownUnitsAreRejected() {
        put(2019, Demo.goalModel(2019).replace("\"kind\": \"THROUGHPUT\",", "\"kind\": \"THROUGHPUT\", \"question\": \"NNS-1\","))
                .statusCode(422)
                .body("field", equalTo("goalAreas[1].goals[0].indicators[1].question"));
        put(2019, Demo.goalModel(2019).replace("\"ungdomstorget\",\n    \"vuxentorget\"", "\"atlantis\",\n    \"vuxentorget\""))
                .statusCode(422)
                .body("field", equalTo("assessedUnits[0]"));
    }

    @Test
    void theCompositeIndexOfAGoalAreaIsCheckedAndShownInGoalFulfilment() {
        String budget = "\"index\": {\"budget\": 70},";
        assertThat(Demo.goalModel(2019)).contains(budget);
        put(2019, Demo.goalModel(2019).replaceFirst(java.util.regex.Pattern.quote(budget), "\"index\": {\"budget\": 170},"))
                .statusCode(422).body("field", equalTo("goalAreas[0].index.budget"));
        put(2019, Demo.goalModel(2019).replaceFirst(java.util.regex.Pattern.quote(budget),
                "\"index\": {\"points\": {\"NO_DATA\": 1}},"))
                .statusCode(422).body("field", equalTo("goalAreas[0].index.points.NO_DATA"));
        put(2019, Demo.goalModel(2019).replaceFirst(java.util.regex.Pattern.quote(budget),
                "\"index\": {\"points\": {\"GREEN\": -1}},"))
                .statusCode(422).body("field", equalTo("goalAreas[0].index.points.GREEN"));
        put(2019, Demo.goalModel(2019).replaceFirst(java.util.regex.Pattern.quote(budget),
                "\"index\": {\"budget\": 80, \"points\": {\"GREEN\": 3}},")).statusCode(200);
        given().when().get("/api/v1/goal-models/umearegionen/2019").then()
                .body("goalAreas[0].index.budget", equalTo(80))
                .body("goalAreas[0].index.points.GREEN", equalTo(3));
        put(2019, Demo.goalModel(2019)).statusCode(200);
    }

    @Test
    void holesTyposAndRepeatsAreRejectedNotGuessed() {
        put(2019, Demo.goalModel(2019).replace("\"indicators\": [", "\"indicators\": [null,")).statusCode(422)
                .body("field", equalTo("goalAreas[0].goals[0].indicators[0]"));
        put(2019, Demo.goalModel(2019).replace("\"target\": 35", "\"target\": \"35\"")).statusCode(422)
                .body("field", equalTo("goalAreas[0].goals[0].indicators[0].target"));
        put(2019, Demo.goalModel(2019).replace("\"outcomes\": [\n        \"WORK\"", "\"outcomes\": [\n        \"WORK\", \"WORK\""))
                .statusCode(422)
                .body("field", equalTo("outcomeGroups[0].outcomes"));
        put(2019, Demo.goalModel(2019).replace("\"units\": [\n                \"hela-forbundet\"\n              ]", "\"units\": []"))
                .statusCode(422)
                .body("violations[0].message", org.hamcrest.Matchers.containsString("at least one unit"));
    }

    @Test
    void indicatorKeysAreUniqueInTheModelAndWellFormed() {
        put(2019, Demo.goalModel(2019).replace("\"key\": \"studies-share\"", "\"key\": \"work-share\""))
                .statusCode(422)
                .body("field", equalTo("goalAreas[0].goals[0].indicators[1].key"))
                .body("detail", org.hamcrest.Matchers.containsString("goalAreas[0].goals[0].indicators[0]"));
        // an explicit key may not take another indicator's id, which is that one's key
        put(2019, Demo.goalModel(2019).replace("\"key\": \"work-share\"", "\"key\": \"1.2.1\""))
                .statusCode(422)
                .body("field", equalTo("goalAreas[0].goals[0].indicators[0].key"));
        put(2019, Demo.goalModel(2019).replace("\"key\": \"work-share\"", "\"key\": \"Work share\""))
                .statusCode(422)
                .body("field", equalTo("goalAreas[0].goals[0].indicators[0].key"));
    }

    @Test
    void theKeyIsStoredAndAbsentKeysStayAbsent() {
        put(2020, Demo.goalModel(2020)).statusCode(200)
                .body("goalAreas[0].goals[0].indicators[1].id", equalTo("1.1.2"))
                .body("goalAreas[0].goals[0].indicators[1].key", equalTo("work-share"))
                .body("goalAreas[0].goals[1].indicators[0].key", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aModelForAnUnknownAssociationIsNotFound() {
        Api.as(LocalStackTestResource.tokens().analyst("nowhere")).contentType(ContentType.JSON).body(Demo.goalModel(2019))
                .when().put("/api/v1/goal-models/nowhere/2019").then()
                .statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/goal-models/umearegionen/2031").then().statusCode(404);
    }

    @Test
    void malformedJsonIsABadRequest() {
        put(2019, "{\"goalAreas\": [").statusCode(400).contentType("application/problem+json");
    }

    private static ValidatableResponse put(int year, String body) {
        return put("umearegionen", year, body);
    }

    private static ValidatableResponse put(String association, int year, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/goal-models/" + association + "/" + year).then();
    }
}
