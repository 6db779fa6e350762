package se.bokslut.reporting.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import se.bokslut.localstack.LocalStackTestResource;
import se.bokslut.reporting.Api;
import se.bokslut.reporting.Demo;

/**
 * Property: whatever a random mutation does to one of the documents analysts write (the association's reference
 * data, a goal model, a manual input, a board verdict) — a node anywhere in it removed, replaced by a value of any
 * JSON type, or a field added — reporting never answers 5xx, a refusal is problem+json and leaves what is stored as
 * it was, and no personal identity number is ever stored. Values come from jqwik's generators (sampled, so they differ
 * from run to run; where and how to mutate comes from a fixed seed), and each failure names the mutation that caused
 * it. After an accepted mutation the valid document is put back, so every mutation starts from the demo's documents,
 * for an association of the test's own.
 */
@QuarkusTest
class RandomMutationTest {

    static final int MUTATIONS = 300;
    static final String ASSOCIATION = "mutationer";
    static final ObjectMapper JSON = new ObjectMapper();

    record Document(String name, String path, String read, String template) {
    }

    @Test
    void noMutationCausesA5xxAndNothingRefusedIsStored() throws Exception {
        List<Document> documents = documents();
        analyst().contentType(ContentType.JSON).body(Demo.referenceData()).when()
                .put("/api/v1/associations/" + ASSOCIATION).then().statusCode(200);
        // the demo's own questions, as this association's own (codes are per association)
        for (JsonNode question : JSON.readTree(java.nio.file.Files.readString(
                java.nio.file.Path.of("..", "deploy", "demo", "questions", "umearegionen.json")))) {
            ((ObjectNode) question).put("associationId", ASSOCIATION);
            analyst().contentType(ContentType.JSON).body(JSON.writeValueAsString(question))
                    .when().put("/api/v1/questions/" + question.get("code").asText()).then().statusCode(200);
        }
        for (Document document : documents) {
            analyst().contentType(ContentType.JSON).body(document.template()).when().put(document.path())
                    .then().statusCode(200);
        }
        Random random = new Random(20201231);
        Arbitrary<Object> values = jsonValues();
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            Document document = documents.get(random.nextInt(documents.size()));
            JsonNode mutated = JSON.readTree(document.template());
            String description = document.name() + ": " + mutate(mutated, random, values);
            String before = analyst().when().get(document.read()).then().statusCode(200).extract().asString();
            Response response = analyst().contentType(ContentType.JSON).body(JSON.writeValueAsString(mutated))
                    .when().put(document.path());
            int status = response.statusCode();
            String type = response.getContentType() == null ? "" : response.getContentType();
            if (status >= 500) {
                failures.add(description + " → " + status);
            } else if (status >= 400) {
                String after = analyst().when().get(document.read()).then().statusCode(200).extract().asString();
                if (!type.startsWith("application/problem+json")) {
                    failures.add(description + " → " + status + " as " + type);
                }
                if (!after.equals(before)) {
                    failures.add(description + " → " + status + " but the stored document changed");
                }
            } else {
                accepted++;
                // the next mutation starts from the valid documents again: an accepted one may drop the unit or the
                // indicator the others are read under
                analyst().contentType(ContentType.JSON).body(document.template()).when().put(document.path())
                        .then().statusCode(200);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(accepted).as("some mutations still make valid documents").isPositive();
        for (Document document : documents) {
            assertThat(analyst().when().get(document.read()).then().statusCode(200).extract().asString())
                    .doesNotContain("1212-1212").doesNotContain("\u0000");
        }
    }

    private static List<Document> documents() {
        String base = "/api/v1/manual-inputs/" + ASSOCIATION + "/2019";
        String inputs = base + "?unit=hela-forbundet";
        return List.of(
                new Document("association", "/api/v1/associations/" + ASSOCIATION,
                        "/api/v1/associations/" + ASSOCIATION, Demo.referenceData()),
                new Document("goal model", "/api/v1/goal-models/" + ASSOCIATION + "/2019",
                        "/api/v1/goal-models/" + ASSOCIATION + "/2019", Demo.goalModel(2019)),
                new Document("manual input", base + "/hela-forbundet/indicators/2.2.1", inputs,
                        "{\"value\": -0.6, \"comment\": \"Försäkringskassan: sjukpenningdagar per försäkrad\"}"),
                new Document("board verdict", base + "/hela-forbundet/verdicts/1.1", inputs,
                        "{\"status\": \"YELLOW\", \"motivation\": \"Andelen till arbete nådde inte målnivån.\"}"));
    }

    /** Mutates one node of the tree, anywhere in it: removes it, replaces it, or adds a field beside it. */
    private static String mutate(JsonNode root, Random random, Arbitrary<Object> values) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        Object value = values.sample();
        JsonNode replacement = JSON.valueToTree(value);
        String shown = String.valueOf(value).substring(0, Math.min(40, String.valueOf(value).length()));
        if (container instanceof ObjectNode object) {
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            int choice = fields.isEmpty() ? 2 : random.nextInt(3);
            if (choice == 2) {
                String added = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).sample();
                object.set(added, replacement);
                return "added " + added;
            }
            String field = fields.get(random.nextInt(fields.size()));
            if (choice == 0) {
                object.remove(field);
                return "removed " + field;
            }
            object.set(field, replacement);
            return "set " + field + " to " + shown;
        }
        ArrayNode array = (ArrayNode) container;
        if (array.isEmpty() || random.nextInt(3) == 2) {
            array.add(replacement);
            return "appended " + shown;
        }
        int index = random.nextInt(array.size());
        if (random.nextBoolean()) {
            array.remove(index);
            return "removed [" + index + "]";
        }
        array.set(index, replacement);
        return "set [" + index + "] to " + shown;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.elements().forEachRemaining(child -> collect(child, containers));
        }
    }

    private static RequestSpecification analyst() {
        return Api.as(LocalStackTestResource.tokens().analyst(ASSOCIATION));
    }

    private static Arbitrary<Object> jsonValues() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(80).map(value -> (Object) value),
                Arbitraries.strings().numeric().ofMinLength(10).ofMaxLength(13).map(value -> (Object) value),
                Arbitraries.integers().map(value -> (Object) value),
                Arbitraries.longs().map(value -> (Object) value),
                Arbitraries.doubles().map(value -> (Object) value),
                Arbitraries.of(true, false).map(value -> (Object) value),
                Arbitraries.just((Object) null),
                Arbitraries.of("GREEN", "YELLOW", "RED", "CLOSURE_SHARE", "COUNT", "MANUAL", "hela-forbundet",
                        "ungdomstorget", "2019-05-14", "0000-00-00", "9999-12-31", "NNS-1", "WORK",
                        "Fallet 19121212-1212 gick till arbete", "121212-1212", "a\u0000b").map(value -> (Object) value),
                Arbitraries.strings().ofMaxLength(5).list().ofMaxSize(4).map(value -> (Object) value),
                Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(5), Arbitraries.integers()).ofMaxSize(3)
                        .map(value -> (Object) value),
                Arbitraries.just((Object) Map.of()));
    }
}
