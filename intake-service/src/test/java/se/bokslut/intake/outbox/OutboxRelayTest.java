package se.bokslut.intake.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.bokslut.intake.participant.ParticipantEvents.closed;
import static se.bokslut.intake.participant.ParticipantEvents.newParticipant;
import static se.bokslut.intake.participant.ParticipantEvents.started;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import se.bokslut.intake.Api;
import io.restassured.http.ContentType;
import se.bokslut.intake.contract.ContractSchema;
import se.bokslut.localstack.LocalStackTestResource;

@QuarkusTest
class OutboxRelayTest {

    @Inject
    OutboxRepository outbox;

    @Inject
    ObjectMapper mapper;

    @Test
    void publishesAcceptedEventsKeyedByParticipantAndMarksThemPublished() throws Exception {
        String participant = newParticipant();
        Map<String, Object> start = started(participant, "2019-02-01", "WOMAN");
        Map<String, Object> closure = closed(participant, "2019-05-14", "WORK");
        post(start);
        post(closure);

        List<ConsumerRecord<String, String>> records = readParticipantRecords(participant, 2);

        assertThat(records).extracting(ConsumerRecord::key).containsOnly("umearegionen:" + participant);
        for (ConsumerRecord<String, String> record : records) {
            assertThat(ContractSchema.participantEventRecordViolations(mapper.readTree(record.value())))
                    .as("published record follows docs/contract").isEmpty();
        }
        JsonNode published = mapper.readTree(records.get(1).value());
        assertThat(published.get("eventId").asText()).isEqualTo(closure.get("eventId"));
        assertThat(published.get("type").asText()).isEqualTo("PARTICIPANT_CLOSED");
        assertThat(published.get("outcome").asText()).isEqualTo("WORK");
        assertThat(published.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(published.hasNonNull("acceptedAt")).isTrue();
        UUID closureId = UUID.fromString((String) closure.get("eventId"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                QuarkusTransaction.requiringNew().call(() -> outbox.accepted("umearegionen", closureId).publishedAt)).isNotNull());
    }

    private static void post(Object event) {
        Api.given().contentType(ContentType.JSON).body(event)
                .when().post("/api/v1/participant-events")
                .then().statusCode(202);
    }

    private static List<ConsumerRecord<String, String>> readParticipantRecords(String participant, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackTestResource.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "outbox-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("bokslut.participant-events"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    if (record.key().endsWith(":" + participant)) {
                        found.add(record);
                    }
                }
            }
        }
        assertThat(found).hasSize(expected);
        return found;
    }
}
