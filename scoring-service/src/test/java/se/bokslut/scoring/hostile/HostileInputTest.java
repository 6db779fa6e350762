package se.bokslut.scoring.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bokslut.scoring.Api.given;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The corpus of bad requests to scoring in src/test/resources/hostile/scoring.json, made with reporting's own token
 * (the only caller scoring answers): each is answered with its status as problem+json naming its field, and no
 * answer repeats a personal identity number it was sent.
 */
@QuarkusTest
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyHostileRequestIsAnsweredWithItsProblem() throws Exception {
        JsonNode corpus;
        try (InputStream in = getClass().getResourceAsStream("/hostile/scoring.json")) {
            corpus = JSON.readTree(in);
        }
        List<String> failures = new ArrayList<>();
        for (JsonNode hostile : corpus) {
            Response response = given().urlEncodingEnabled(false).when()
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
                        + response.statusCode() + " " + actualField + " " + response.asString());
            }
        }
        assertThat(failures).as("corpus of %d hostile requests", corpus.size()).isEmpty();
        assertThat(corpus.size()).isGreaterThanOrEqualTo(40);
    }
}
