package se.bokslut.intake.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bokslut.intake.Api.given;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import se.bokslut.intake.participant.ParticipantEvents;
import se.bokslut.localstack.LocalStackTestResource;

/**
 * The corpus of bad requests in src/test/resources/hostile: each gets its expected status and names its field, none
 * changes what is stored, and no personal identity number reaches the database, Kafka or the log.
 */
@QuarkusTest
class HostileInputTest {

    /** 10 or 12 digits with an optional separator: what a personnummer looks like anywhere in stored text. */
    static final Pattern IDENTITY_NUMBER = Pattern.compile("(19|20)?1212(12|72)[-+]?121[29]");

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager entityManager;

    @Test
    void everyHostileRequestIsAnsweredWithItsProblemAndStoresNothing() throws Exception {
        JsonNode corpus;
        try (InputStream in = getClass().getResourceAsStream("/hostile/participant-events.json")) {
            corpus = mapper.readTree(in);
        }
        long storedBefore = storedEvents();
        List<String> failures = new ArrayList<>();
        for (JsonNode hostile : corpus) {
            String body = hostile.has("raw") ? hostile.get("raw").asText()
                    : mapper.writeValueAsString(hostile.get("body")).replace("%s", UUID.randomUUID().toString());
            Response response = given().contentType(ContentType.JSON).body(body)
                    .when().post(hostile.get("path").asText());
            int expected = hostile.get("status").asInt();
            String field = hostile.get("field").asText();
            String actualField = response.getContentType().startsWith("application/problem+json")
                    ? response.jsonPath().getString("field") : "(not problem+json)";
            boolean fieldMatches = field.isEmpty() ? actualField == null || actualField.isEmpty() : field.equals(actualField);
            if (response.statusCode() != expected || !fieldMatches
                    || !response.getContentType().startsWith("application/problem+json")) {
                failures.add(hostile.get("name").asText() + ": expected " + expected + " " + field + ", got "
                        + response.statusCode() + " " + actualField);
            }
        }
        assertThat(failures).as("corpus of %d hostile requests", corpus.size()).isEmpty();
        assertThat(storedEvents()).isEqualTo(storedBefore);
    }

    @Test
    void oversizedBodiesAndBatchesAreRefusedWith413() {
        String huge = "{\"type\":\"PARTICIPANT_CLOSED\",\"padding\":\"" + "x".repeat(2_100_000) + "\"}";
        given().contentType(ContentType.JSON).body(huge).when().post("/api/v1/participant-events")
                .then().statusCode(413).contentType("application/problem+json");
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            batch.add(ParticipantEvents.closed("ut-" + i, "2019-05-14", "WORK"));
        }
        given().contentType(ContentType.JSON).body(batch).when().post("/api/v1/participant-events/batch")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void noPersonalIdentityNumberReachesTheDatabaseKafkaOrTheLog() throws Exception {
        for (String number : List.of("19121212-1212", "121212-1212", "1212121212", "121272-1219", "191212721219")) {
            given().contentType(ContentType.JSON).body(ParticipantEvents.closed(number, "2019-05-14", "WORK"))
                    .when().post("/api/v1/participant-events").then().statusCode(422);
            given().contentType(ContentType.JSON)
                    .body(List.of(ParticipantEvents.closed(number, "2019-05-14", "WORK")))
                    .when().post("/api/v1/participant-events/batch").then().statusCode(200);
        }
        // a valid event goes through, so the topic is known to be read
        given().contentType(ContentType.JSON).body(ParticipantEvents.closed("ut-clean", "2019-05-14", "WORK"))
                .when().post("/api/v1/participant-events").then().statusCode(202);

        List<String> payloads = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT payload FROM outbox_event", String.class).getResultList());
        assertThat(payloads).isNotEmpty().noneMatch(payload -> IDENTITY_NUMBER.matcher(payload).find());

        List<String> records = topic("bokslut.participant-events");
        assertThat(records).anyMatch(record -> record.contains("ut-clean"))
                .noneMatch(record -> IDENTITY_NUMBER.matcher(record).find());

        String log = Files.readString(Path.of("target/intake-test.log"));
        assertThat(log).isNotEmpty();
        assertThat(IDENTITY_NUMBER.matcher(log).find()).as("a personal identity number in the log").isFalse();
    }

    private long storedEvents() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM outbox_event").getSingleResult()).longValue());
    }

    private static List<String> topic(String topic) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackTestResource.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "hostile-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (values.stream().noneMatch(value -> value.contains("ut-clean")) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }
}
