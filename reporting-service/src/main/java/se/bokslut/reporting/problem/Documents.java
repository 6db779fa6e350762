package se.bokslut.reporting.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads documents an analyst uploads (reference data, goal models, questions, manual inputs) strictly: malformed JSON
 * is a 400, a field of the wrong type, an unknown field or an unknown enum value a 422 that names the path of the
 * field. Every text of every document is checked as well, since any of them may be shown to BI readers and printed
 * in the social accounts: a personal identity number anywhere in it, or a control character (NUL and the other C0
 * characters but tab, line feed and carriage return), is a 422 naming the field, and nothing is stored.
 */
@ApplicationScoped
public class Documents {

    private final ObjectMapper strict = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            // "35" is not a number and 35 is not a text: analysts learn about typos instead of silent conversions
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    /**
     * The largest document reporting reads, in characters: a larger body is answered 413 as problem+json. The HTTP
     * layer's own cap (quarkus.http.limits.max-body-size, 4M) answers 413 without a body and only stops abuse before
     * the body is read.
     */
    public static final int MAX_DOCUMENT_CHARS = 1_000_000;

    public <T> T read(String body, Class<T> type) {
        if (body != null && body.length() > MAX_DOCUMENT_CHARS) {
            throw new InvalidInputException(413, List.of(new Violation("", "the document is longer than "
                    + MAX_DOCUMENT_CHARS + " characters")));
        }
        if (body == null || body.isBlank()) {
            throw InvalidInputException.badParameter("", "the body is empty; a JSON document is required");
        }
        JsonNode tree;
        try {
            tree = strict.readTree(body);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            throw InvalidInputException.badParameter("", "the body is not valid JSON"
                    + (location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr()));
        }
        if (!tree.isObject()) {
            throw InvalidInputException.badParameter("", "the body must be a JSON object");
        }
        List<Violation> texts = new java.util.ArrayList<>();
        checkTexts(tree, "", texts);
        if (!texts.isEmpty()) {
            throw new InvalidInputException(422, texts);
        }
        try {
            return strict.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            throw InvalidInputException.unprocessable(path(e), "is not a field of this document");
        } catch (InvalidFormatException e) {
            String allowed = e.getTargetType() != null && e.getTargetType().isEnum()
                    ? "must be one of " + String.join(", ", enumNames(e.getTargetType()))
                    : "has the wrong format for " + e.getTargetType().getSimpleName();
            throw InvalidInputException.unprocessable(path(e), allowed);
        } catch (MismatchedInputException e) {
            throw InvalidInputException.unprocessable(path(e), "has the wrong type");
        } catch (JsonProcessingException e) {
            throw InvalidInputException.unprocessable(e instanceof JsonMappingException mapping ? path(mapping) : "",
                    "could not be read");
        }
    }

    /** Every text value and field name of the tree, with its path (goalAreas[0].title). */
    static void checkTexts(JsonNode node, String path, List<Violation> violations) {
        if (node.isTextual()) {
            checkText(node.textValue(), path, violations);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkTexts(node.get(i), path + "[" + i + "]", violations);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                checkText(field.getKey(), child, violations);
                checkTexts(field.getValue(), child, violations);
            });
        }
    }

    private static void checkText(String text, String path, List<Violation> violations) {
        if (PersonalIdentityNumbers.containsOne(text)) {
            violations.add(new Violation(path, "looks like a personal identity number (personnummer or "
                    + "samordningsnummer); Bokslut never stores one: leave it out or use the participant's pseudonym"));
        } else if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
            violations.add(new Violation(path, "contains a control character such as NUL; remove it"));
        }
    }

    public String write(Object document) {
        try {
            return strict.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a validated document could not be written", e);
        }
    }

    private static List<String> enumNames(Class<?> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
    }

    /** Jackson's reference path as goalAreas[0].goals[1].target. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.toString();
    }
}
