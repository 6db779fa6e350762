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
}
