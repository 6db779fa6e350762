package se.bokslut.scoring.participant;

import static se.bokslut.scoring.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static se.bokslut.scoring.participant.ParticipantRecords.closed;
import static se.bokslut.scoring.participant.ParticipantRecords.key;
import static se.bokslut.scoring.participant.ParticipantRecords.retracted;
import static se.bokslut.scoring.participant.ParticipantRecords.started;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import se.bokslut.localstack.LocalStackTestResource;

/** Records on the real topic, consumed by the real consumer, read back through the figures API. */
@QuarkusTest
class ParticipantEventConsumerTest {

    private static final String TOPIC = "bokslut.participant-events";

    @Test
    void consumesEventsIgnoresRedeliveriesAndAppliesRetractions() throws Exception {
        String platform = "p-" + UUID.randomUUID().toString().substring(0, 8);
        String closure = closed("a", platform, "2019-05-14", "WORK");
        UUID dropoutId = UUID.randomUUID();
        send(key("a"), started("a", platform, "2019-02-01", "WOMAN"));
        send(key("a"), closure);
        send(key("a"), closure); // redelivered by the outbox relay after a crash
        send(key("b"), started("b", platform, "2019-03-01", "MAN"));
        send(key("b"), closed(dropoutId, "b", platform, "2019-04-01", "DROPOUT"));
        send(key("b"), retracted("b", platform, "2019-04-02", dropoutId));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> figures(platform)
                .body("groups.TOTAL.participants", equalTo(2))
                .body("groups.TOTAL.closed", equalTo(1))
                .body("groups.TOTAL.closedByOutcome.WORK", equalTo(1))
                .body("groups.TOTAL.closedByOutcome.DROPOUT", equalTo(0))
                .body("groups.WOMAN.closed", equalTo(1))
                .body("groups.TOTAL.remaining", equalTo(1)));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndDoesNotStopThePartition() throws Exception {
        String platform = "p-" + UUID.randomUUID().toString().substring(0, 8);
        send(key("poison"), "this is not json");
        send(key("poison"), started("poison", platform, "2019-02-01", "WOMAN"));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> figures(platform).body("groups.TOTAL.started", equalTo(1)));
        assertThat(deadLetters()).anySatisfy(record -> assertThat(record.value()).isEqualTo("this is not json"));
    }

    @Test
    void anomaliesAreListedAndResolvedWhenTheMissingStartArrives() throws Exception {
        String platform = "p-" + UUID.randomUUID().toString().substring(0, 8);
        String participant = "late-" + platform;
        send(key(participant), closed(participant, platform, "2019-05-14", "WORK"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> anomalies(platform)
                .body("size()", equalTo(1))
                .body("[0].reason", equalTo("CLOSURE_WITHOUT_START"))
                .body("[0].status", equalTo("OPEN")));

        send(key(participant), started(participant, platform, "2019-01-10", "MAN"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> anomalies(platform)
                .body("[0].status", equalTo("RESOLVED")));
        figures(platform).body("groups.MAN.closedByOutcome.WORK", equalTo(1));
    }

    private static ValidatableResponse figures(String platform) {
        return given().queryParam("associationId", "umearegionen").queryParam("platformId", platform)
                .queryParam("from", "2019-01-01").queryParam("to", "2019-12-31")
                .when().get("/api/v1/figures/volume").then().statusCode(200);
    }

    private static ValidatableResponse anomalies(String platform) {
        return given().queryParam("associationId", "umearegionen").queryParam("platformId", platform)
                .when().get("/api/v1/anomalies").then().statusCode(200);
    }

    private static void send(String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackTestResource.kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    private static List<ConsumerRecord<String, String>> deadLetters() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackTestResource.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC + ".dlq"));
            List<ConsumerRecord<String, String>> records = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(records::add);
            }
            return records;
        }
    }
}
