package se.bokslut.scoring;

import static se.bokslut.scoring.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void readinessReflectsKafkaAndPostgres() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("SmallRye Reactive Messaging - readiness check"));
    }

    @Test
    void openApiDocumentsTheFiguresAndAnomalies() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/figures/volume'.get", notNullValue())
                .body("paths.'/api/v1/anomalies'.get", notNullValue());
    }

    @Test
    void malformedParametersAreProblemsNamingTheParameter() {
        given().queryParam("associationId", "umearegionen").queryParam("platformId", "ungdomstorget")
                .queryParam("from", "2019-13-01").queryParam("to", "2019-12-31")
                .when().get("/api/v1/figures/volume")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("from"));
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
