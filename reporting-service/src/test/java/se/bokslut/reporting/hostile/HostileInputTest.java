package se.bokslut.reporting.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bokslut.reporting.Api.given;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import se.bokslut.reporting.Demo;

/**
 * The corpus of bad requests to reporting in src/test/resources/hostile/reporting.json (reports, years, social
 * accounts, anomalies, goal models, reference data, manual inputs): each is answered with its status as
 * problem+json naming its field, and afterwards nothing of it is stored or served, no personal identity number least.
 */
@QuarkusTest
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyHostileRequestIsAnsweredWithItsProblemAndStoresNothing() throws Exception {
        Demo.upload(2019, 2020);
        JsonNode corpus;
        try (InputStream in = getClass().getResourceAsStream("/hostile/reporting.json")) {
            corpus = JSON.readTree(in);
        }
        List<String> failures = new ArrayList<>();
        for (JsonNode hostile : corpus) {
            RequestSpecification request = given();
            if (hostile.has("nameOfLength")) { // a document too long to keep in the corpus file
                request = request.contentType(ContentType.JSON)
                        .body("{\"name\": \"" + "x".repeat(hostile.get("nameOfLength").asInt()) + "\"}");
            } else if (hostile.has("raw") || hostile.has("body")) {
                request = request.contentType(ContentType.JSON).body(hostile.has("raw") ? hostile.get("raw").asText()
                        : JSON.writeValueAsString(hostile.get("body")));
            }
            Response response = request.urlEncodingEnabled(false).when()
                    .request(hostile.get("method").asText(), hostile.get("path").asText());
            int expected = hostile.get("status").asInt();
            String field = hostile.get("field").asText();
            String type = response.getContentType() == null ? "" : response.getContentType();
            String actualField = type.startsWith("application/problem+json") ? response.jsonPath().getString("field")
                    : "(not problem+json)";
            boolean fieldMatches = field.isEmpty() ? actualField == null || actualField.isEmpty()
                    : field.equals(actualField);
            if (response.statusCode() != expected || !fieldMatches || !type.startsWith("application/problem+json")
                    || response.asString().contains("1212")) {
                failures.add(hostile.get("name").asText() + ": expected " + expected + " " + field + ", got "
                        + response.statusCode() + " " + actualField + " " + abbreviated(response.asString()));
            }
        }
        assertThat(failures).as("corpus of %d hostile requests", corpus.size()).isEmpty();
        assertThat(corpus.size()).isGreaterThanOrEqualTo(80);

        String stored = given().get("/api/v1/associations/umearegionen").asString()
                + given().get("/api/v1/manual-inputs/umearegionen/2020?unit=hela-forbundet").asString()
                + given().get("/api/v1/goal-models/umearegionen/2019").asString();
        assertThat(stored).doesNotContain("1212").doesNotContain("\u0000").contains("Umeåregionen");
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
