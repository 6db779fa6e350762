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
}
