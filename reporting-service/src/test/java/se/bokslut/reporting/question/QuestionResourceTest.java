package se.bokslut.reporting.question;

import static se.bokslut.reporting.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.bokslut.localstack.LocalStackTestResource;
import se.bokslut.reporting.Api;
import se.bokslut.reporting.Demo;

@QuarkusTest
class QuestionResourceTest {

    @BeforeEach
    void association() {
        Demo.upload();
        Api.as(LocalStackTestResource.tokens().analyst("lulea")).contentType(ContentType.JSON)
                .body("{\"name\": \"Luleå\", \"platforms\": [{\"id\": \"torget\", \"name\": \"Torget\"}]}")
                .when().put("/api/v1/associations/lulea").then().statusCode(200);
    }

    @Test
    void shipsTheNnsParticipantQuestionsAndTheOtherGroupsQuestions() {
        given().queryParam("associationId", "umearegionen").when().get("/api/v1/questions")
                .then().statusCode(200)
                .body("code", hasItems("NNS-1", "NNS-2", "NNS-4", "NNS-5", "NNS-7", "STAFF-1", "STEER-1", "BOARD-1",
                        "MGR-1", "UMEA-1.9"))
                .body("find { it.code == 'NNS-1' }.scale", equalTo("FREQUENCY_6"))
                .body("find { it.code == 'NNS-1' }.text", containsString("till stor nytta"));
        Api.as(LocalStackTestResource.tokens().analyst("lulea")).when().get("/api/v1/questions")
                .then().statusCode(200).body("code", not(hasItem("UMEA-1.9")));
    }

    @Test
    void anAnalystAddsAndChangesTheAssociationsOwnQuestion() {
        put("LULEA-1", "lulea", "YES_NO", "PARTICIPANT").statusCode(200).body("associationId", equalTo("lulea"));
        put("LULEA-1", "lulea", "EXTENT_6", "PARTICIPANT").statusCode(200).body("scale", equalTo("EXTENT_6"));
        asLulea().when().get("/api/v1/questions/LULEA-1").then().statusCode(200).body("scale", equalTo("EXTENT_6"));
        given().queryParam("associationId", "lulea").when().get("/api/v1/questions/LULEA-1").then().statusCode(403);
    }

    @Test
    void shippedQuestionsCannotBeChanged() {
        put("NNS-1", "lulea", "YES_NO", "PARTICIPANT").statusCode(409).body("field", equalTo("code"));
    }

    /**
     * Question codes cannot be probed across associations (issue 11, finding 9): another association's question is
     * answered as one that does not exist, and its code is free for an association to use for a question of its own.
     */
    @Test
    void anotherAssociationsCodesAreNeitherVisibleNorTaken() {
        String code = "PROBE-" + System.nanoTime();
        put(code, "umearegionen", "YES_NO", "PARTICIPANT").statusCode(200);
        String nothing = given().when().get("/api/v1/questions/NOBODY-" + System.nanoTime()).then().statusCode(404)
                .extract().path("detail");
        asLulea().when().get("/api/v1/questions/" + code).then().statusCode(404).body("field", equalTo("code"))
                .body("detail", equalTo(nothing));

        put(code, "lulea", "EXTENT_6", "STAFF").statusCode(200).body("associationId", equalTo("lulea"));

        asLulea().when().get("/api/v1/questions/" + code).then().statusCode(200).body("scale", equalTo("EXTENT_6"))
                .body("associationId", equalTo("lulea"));
        given().when().get("/api/v1/questions/" + code).then().statusCode(200).body("scale", equalTo("YES_NO"))
                .body("associationId", equalTo("umearegionen"));
        given().queryParam("associationId", "umearegionen").when().get("/api/v1/questions").then().statusCode(200)
                .body("findAll { it.code == '" + code + "' }.associationId",
                        org.hamcrest.Matchers.contains("umearegionen"));
    }

    @Test
    void anInvalidQuestionNamesTheField() {
        put("LULEA-2", "lulea", "SEVEN_POINT", "PARTICIPANT").statusCode(422).body("field", equalTo("scale"));
        put("lulea-2", "lulea", "YES_NO", "PARTICIPANT").statusCode(422).body("field", equalTo("code"));
        put("LULEA-2", "lulea", "YES_NO", "VISITOR").statusCode(422).body("field", equalTo("respondentGroups[0]"));
    }

    @Test
    void aGoalModelMayOnlyUseQuestionsOfTheCatalogueWithTheirScalesAndGroups() {
        String model = Demo.goalModel(2019);
        putModel(model.replace("\"question\": \"NNS-1\"", "\"question\": \"NNS-99\"")).statusCode(422)
                .body("field", equalTo("goalAreas[0].goals[1].indicators[0].question"));
        putModel(model.replace("\"question\": \"NNS-1\",\n              \"respondentGroup\": \"PARTICIPANT\"",
                "\"question\": \"NNS-1\",\n              \"respondentGroup\": \"STAFF\"")).statusCode(422)
                .body("field", equalTo("goalAreas[0].goals[1].indicators[0].respondentGroup"));
        putModel(model.replace("\"positiveAnswers\": [\n                \"NO\"", "\"positiveAnswers\": [\n                \"7\""))
                .statusCode(422)
                .body("field", equalTo("goalAreas[0].goals[1].indicators[3].positiveAnswers[0]"));
    }

    private static ValidatableResponse putModel(String model) {
        return given().contentType(ContentType.JSON).body(model)
                .when().put("/api/v1/goal-models/umearegionen/2019").then();
    }

    private static io.restassured.specification.RequestSpecification asLulea() {
        return Api.as(LocalStackTestResource.tokens().analyst("lulea"));
    }

    private static ValidatableResponse put(String code, String association, String scale, String group) {
        return Api.as(LocalStackTestResource.tokens().analyst(association)).contentType(ContentType.JSON)
                .body("{\"associationId\": \"" + association + "\", \"text\": \"Fråga?\", \"scale\": \"" + scale
                        + "\", \"respondentGroups\": [\"" + group + "\"]}")
                .when().put("/api/v1/questions/" + code).then();
    }
}
