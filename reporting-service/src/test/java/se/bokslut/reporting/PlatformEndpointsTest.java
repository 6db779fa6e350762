package se.bokslut.reporting;

import static se.bokslut.reporting.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void readinessReflectsPostgresKafkaAndScoring() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka", "scoring-service"));
    }

    @Test
    void openApiDocumentsReportsGoalModelsAndReferenceData() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/reports/volume'.get", notNullValue())
                .body("paths.'/api/v1/reports/goal-fulfilment'.get", notNullValue())
                .body("paths.'/api/v1/goal-models/{associationId}/{year}'.put", notNullValue())
                .body("paths.'/api/v1/manual-inputs/{associationId}/{year}/{unit}/indicators/{indicatorId}'.put",
                        notNullValue())
                .body("paths.'/api/v1/associations/{associationId}'.put", notNullValue());
    }

    /** Client generators name their methods after operation ids, and linters want every response described. */
    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasItsOwnIdAndEveryResponseADescription() {
        java.util.Map<String, Object> paths = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        java.util.List<String> ids = new java.util.ArrayList<>();
        java.util.List<String> undescribed = new java.util.ArrayList<>();
        paths.forEach((path, item) -> ((java.util.Map<String, Object>) item).forEach((method, operation) -> {
            if (!java.util.List.of("get", "put", "post", "delete", "patch").contains(method)) {
                return;
            }
            java.util.Map<String, Object> fields = (java.util.Map<String, Object>) operation;
            ids.add(String.valueOf(fields.get("operationId")));
            ((java.util.Map<String, Object>) fields.get("responses")).forEach((code, response) -> {
                if (((java.util.Map<String, Object>) response).get("description") == null) {
                    undescribed.add(method + " " + path + " " + code);
                }
            });
        }));
        org.assertj.core.api.Assertions.assertThat(ids).isNotEmpty().doesNotContain("null").doesNotHaveDuplicates();
        org.assertj.core.api.Assertions.assertThat(undescribed).isEmpty();
    }
}
