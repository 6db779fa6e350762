package se.bokslut.reporting.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.bokslut.reporting.Demo;

@QuarkusTest
class AssociationResourceTest {

    @Test
    void storesAndReadsAnAssociationsPlatformsAndUnitGroups() {
        given().contentType(ContentType.JSON).body(Demo.referenceData())
                .when().put("/api/v1/associations/umearegionen")
                .then().statusCode(200).body("id", equalTo("umearegionen"));

        given().when().get("/api/v1/associations/umearegionen")
                .then().statusCode(200)
                .body("platforms.id", hasItem("vannas"))
                .body("platforms.find { it.id == 'vannas' }.name", equalTo("Samordningsteam Vännäs"))
                .body("unitGroups[0].id", equalTo("hela-forbundet"));
    }

    @Test
    void rejectsAUnitGroupWithAnUnknownPlatform() {
        String body = Demo.referenceData().replace("\"platformIds\": [\n        \"ungdomstorget\"",
                "\"platformIds\": [\n        \"atlantis\"");
        given().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/associations/umearegionen")
                .then().statusCode(422)
                .body("field", equalTo("unitGroups[0].platformIds[0]"));
    }

    @Test
    void anUnknownAssociationIsNotFound() {
        given().when().get("/api/v1/associations/atlantis").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
