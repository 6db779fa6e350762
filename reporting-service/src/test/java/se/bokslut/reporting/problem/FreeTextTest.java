package se.bokslut.reporting.problem;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.bokslut.reporting.Api.given;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.bokslut.reporting.Demo;

/**
 * Free text written to reporting (comments, names, titles) is checked like intake's ids: a personal identity number
 * in any common form, or a control character, is a 422 naming the field, and nothing is stored or shown.
 */
@QuarkusTest
class FreeTextTest {

    static final String ENTRY = "/api/v1/manual-inputs/umearegionen/2020/hela-forbundet/indicators/2.2.1";

    @BeforeEach
    void theModelIsInForce() {
        Demo.upload(2020);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Fallet 19121212-1212 gick till arbete", "Se 121212.1212", "id ut:19121212:1212",
        "19121212_1212 är klar", "samordningsnummer 121272-1219" })
    void aCommentWithAPersonalIdentityNumberIsRefusedAndNotStored(String comment) {
        put(ENTRY, "{\"value\": -1.4, \"comment\": \"" + comment + "\"}").statusCode(422)
                .contentType(containsString("problem+json"))
                .body("violations.field", hasItem("comment"))
                .body("violations[0].message", containsString("personal identity number"))
                .body(org.hamcrest.Matchers.not(containsString("1212")));
        given().when().get("/api/v1/manual-inputs/umearegionen/2020?unit=hela-forbundet").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("1212")));
    }

    @Test
    void aNulOrAnotherControlCharacterIsRefusedWherever() {
        put(ENTRY, "{\"value\": -1.4, \"comment\": \"sjukpenning\\u0000dagar\"}").statusCode(422)
                .body("violations.field", hasItem("comment"))
                .body("violations[0].message", containsString("control character"));
        String model = Demo.goalModel(2020).replaceFirst("\"title\": \"", "\"title\": \"\\\\u0007");
        put("/api/v1/goal-models/umearegionen/2020", model).statusCode(422)
                .body("violations.field", hasItem("title"));
        String association = Demo.referenceData().replaceFirst("\"name\": \"", "\"name\": \"191212121212 ");
        put("/api/v1/associations/umearegionen", association).statusCode(422)
                .body("violations.field", hasItem("name"));
    }

    @Test
    void ordinaryTextWithDatesAndNumbersIsKept() {
        put(ENTRY, "{\"value\": -1.4, \"comment\": \"Försäkringskassan 2019-05-14, 1 212 dagar, tel 090-16 10 00\"}")
                .statusCode(200).body("input.comment", equalTo("Försäkringskassan 2019-05-14, 1 212 dagar, tel 090-16 10 00"));
    }

    private static ValidatableResponse put(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).when().put(path).then();
    }
}
