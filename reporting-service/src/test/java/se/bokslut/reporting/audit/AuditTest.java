package se.bokslut.reporting.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.bokslut.localstack.LocalStackTestResource;
import se.bokslut.reporting.Api;
import se.bokslut.reporting.Demo;

@QuarkusTest
class AuditTest {

    @Test
    void everyChangeOfAGoalModelIsKeptWithWhoWhenBeforeAndAfter() {
        Demo.upload(2020);
        Api.as(LocalStackTestResource.tokens().analyst("umearegionen")).contentType(ContentType.JSON)
                .body(Demo.goalModel(2020).replace("\"target\": 90", "\"target\": 85"))
                .when().put("/api/v1/goal-models/umearegionen/2020").then().statusCode(200);

        Api.as(LocalStackTestResource.tokens().analyst("umearegionen"))
                .queryParam("associationId", "umearegionen").queryParam("subjectType", "GOAL_MODEL")
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("[0].subjectId", equalTo("umearegionen/2020"))
                .body("[0].action", equalTo("CHANGED"))
                .body("[0].actor", equalTo("analyst@umearegionen"))
                .body("[0].changedAt", notNullValue())
                .body("[0].before.goalAreas[0].goals[0].indicators[0].target", equalTo(90))
                .body("[0].after.goalAreas[0].goals[0].indicators[0].target", equalTo(85));
    }

    @Test
    void referenceDataAndQuestionChangesAreAuditedToo() {
        Demo.upload();
        Api.as(LocalStackTestResource.tokens().analyst("umearegionen"))
                .queryParam("associationId", "umearegionen").queryParam("subjectType", "ASSOCIATION")
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("[0].subjectId", equalTo("umearegionen"))
                .body("[0].after.platforms[0].id", equalTo("ungdomstorget"));
        Api.as(LocalStackTestResource.tokens().analyst("umearegionen"))
                .queryParam("associationId", "umearegionen").queryParam("subjectType", "QUESTION")
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("find { it.subjectId == 'UMEA-1.9' }.after.scale", equalTo("YES_NO"));
    }
}
