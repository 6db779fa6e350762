package se.bokslut.intake.validation;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.bokslut.intake.acceptance.TooLargeException;
import se.bokslut.intake.config.IntakeConfig;

/** Parses request bodies strictly: duplicate keys, trailing content and empty bodies are malformed (400). */
@ApplicationScoped
public class JsonBodies {

    @Inject
    IntakeConfig config;

    private final ObjectMapper strict = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public ObjectNode object(String body) {
        JsonNode node = parse(body);
        if (!node.isObject()) {
            throw new MalformedInputException("", "The body must be one JSON object");
        }
        return (ObjectNode) node;
    }

    public ArrayNode array(String body) {
        JsonNode node = parse(body);
        if (!node.isArray()) {
            throw new MalformedInputException("", "The body must be a JSON array");
        }
        return (ArrayNode) node;
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw new MalformedInputException("", "The body is empty; a JSON document is required");
        }
        if (body.length() > config.maxBodyBytes()
                || body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > config.maxBodyBytes()) {
            throw new TooLargeException("", "the body is larger than " + config.maxBodyBytes() + " bytes");
        }
        try {
            return strict.readTree(body);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            // The parser's own message may quote the input; it is deliberately not passed on.
            throw new MalformedInputException("", "The body is not valid JSON" + where
                    + " (syntax error, duplicate key or trailing content)");
        } catch (IOException e) {
            throw new MalformedInputException("", "The body could not be read");
        }
    }
}
