package se.bokslut.reporting.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.bokslut.localstack.LocalStackTestResource;
import se.bokslut.reporting.Api;
import se.bokslut.reporting.Demo;

@QuarkusTest
class AuditTest {

    @Inject
    AuditRepository audit;

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
                .body("[0].after.goalAreas[0].goals[0].indicators[0].target", equalTo(85))
                .body("[0].omitted.size()", equalTo(0));
    }

    /**
     * Six changes of 300,000-character documents (3.6 M characters in all): the page holds every entry but only
     * documents up to 1 Mi characters, names the ones left out, and each entry can be read whole on its own (issue 11,
     * finding 13). Another association's analyst gets 404 for it, as for an entry that does not exist.
     */
    @Test
    void aPageCarriesDocumentsUpToItsBoundAndNamesTheOnesLeftOut() {
        String association = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        String large = "{\"text\": \"" + "x".repeat(300_000) + "\"}";
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> {
            List<Long> stored = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                AuditEntry entry = new AuditEntry();
                entry.associationId = association;
                entry.subjectType = AuditService.GOAL_MODEL;
                entry.subjectId = association + "/" + (2010 + i);
                entry.action = "CHANGED";
                entry.actor = "analyst@" + association;
                entry.changedAt = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(i);
                entry.before = large;
                entry.after = large;
                audit.persist(entry);
                stored.add(entry.id);
            }
            return stored;
        });
        String token = LocalStackTestResource.tokens().analyst(association);

        List<Map<String, Object>> page = Api.as(token).queryParam("associationId", association)
                .queryParam("size", 100).when().get("/api/v1/audit").then().statusCode(200)
                .body("size()", equalTo(6)).extract().jsonPath().getList("$");
        int inline = 0;
        for (Map<String, Object> record : page) {
            List<?> omitted = (List<?>) record.get("omitted");
            inline += (record.get("before") == null ? 0 : 1) + (record.get("after") == null ? 0 : 1);
            assertThat(omitted.size()).isEqualTo((record.get("before") == null ? 1 : 0)
                    + (record.get("after") == null ? 1 : 0));
        }
        assertThat(inline).as("documents carried by one page").isEqualTo(3);

        long oldest = ids.get(0);
        Api.as(token).when().get("/api/v1/audit/" + oldest).then().statusCode(200)
                .body("id", equalTo((int) oldest)).body("after.text.length()", equalTo(300_000))
                .body("before.text.length()", equalTo(300_000)).body("omitted.size()", equalTo(0));
        Api.as(LocalStackTestResource.tokens().analyst("umearegionen")).when().get("/api/v1/audit/" + oldest)
                .then().statusCode(404).contentType("application/problem+json").body("field", equalTo("id"));
        Api.as(token).queryParam("associationId", association).queryParam("size", 101).when().get("/api/v1/audit")
                .then().statusCode(400).body("field", equalTo("size"));
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
