package se.bokslut.reporting.reference;

import static se.bokslut.reporting.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.bokslut.localstack.LocalStackTestResource;
import se.bokslut.reporting.Api;
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
    void everyChangeIsPublishedForIntakeKeyedByAssociation() {
        String body = Demo.referenceData().replace("Samordningsteam Bjurholm", "Samordningsteam Bjurholms kommun");
        given().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/associations/umearegionen")
                .then().statusCode(200);

        List<String> published = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackTestResource.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reference-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("bokslut.reference-data"));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (published.stream().noneMatch(value -> value.contains("Bjurholms kommun")) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(record -> {
                    if (record.key().equals("umearegionen")) {
                        published.add(record.value());
                    }
                });
            }
        }
        assertThat(published).anySatisfy(value -> assertThat(value).contains("\"schemaVersion\":1")
                .contains("Samordningsteam Bjurholms kommun"));
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
        Api.as(LocalStackTestResource.tokens().analyst("atlantis")).when().get("/api/v1/associations/atlantis").then()
                .statusCode(404).contentType("application/problem+json");
    }
}
