package se.bokslut.intake;

import static se.bokslut.intake.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void readinessListsKafkaAndPostgresAndIsUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Kafka", "Reference data", "Database connections health check"));
    }

    @Test
    void openApiDocumentsTheIntakeEndpoints() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/participant-events'.post", notNullValue())
                .body("paths.'/api/v1/participant-events/batch'.post", notNullValue());
    }

    @Test
    void unknownPathsAnswerProblemJson() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
