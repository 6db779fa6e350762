package se.bokslut.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedInfrastructureTest {

    static EmbeddedKafka kafka;
    static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.start(0);
        postgres = EmbeddedPostgres.start(0);
    }

    @AfterAll
    static void stop() {
        kafka.close();
        postgres.close();
    }

    @Test
    void recordSurvivesABrokerRestart() throws Exception {
        send("restart-topic", "k", "before outage");

        kafka.stopBroker();
        assertThat(kafka.isRunning()).isFalse();
        kafka.startBroker();

        send("restart-topic", "k", "after outage");
        assertThat(readAll("restart-topic", 2)).containsExactly("before outage", "after outage");
    }

    @Test
    void aThreeNodeClusterReplicatesEveryRecordAndKeepsAcceptingWithANodeDown() throws Exception {
        try (EmbeddedKafka cluster = EmbeddedKafka.cluster(3)) {
            assertThat(cluster.bootstrapServers().split(",")).hasSize(3);
            send(cluster, "replicated", "k", "all three up");
            try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                    Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
                var topic = admin.describeTopics(List.of("replicated")).allTopicNames().get().get("replicated");
                assertThat(topic.partitions()).allSatisfy(partition -> assertThat(partition.replicas()).hasSize(3));
                var config = admin.describeConfigs(List.of(new org.apache.kafka.common.config.ConfigResource(
                        org.apache.kafka.common.config.ConfigResource.Type.TOPIC, "replicated"))).all().get()
                        .values().iterator().next();
                assertThat(config.get("min.insync.replicas").value()).isEqualTo("2");
            }

            cluster.stopNode(1);
            send(cluster, "replicated", "k", "one node down");
            cluster.startNode(1);

            assertThat(readAll(cluster, "replicated", 2)).containsExactly("all three up", "one node down");
        }
    }

    @Test
    void everyServiceHasItsOwnDatabaseAndRowsSurviveARestart() throws Exception {
        try (Connection connection = connect("scoring"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE probe (value text)");
            statement.execute("INSERT INTO probe VALUES ('kept')");
        }

        postgres.stopServer();
        postgres.startServer();

        try (Connection connection = connect("scoring"); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT value, current_setting('synchronous_commit') FROM probe")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept");
            assertThat(rs.getString(2)).isEqualTo("on");
        }
        for (String database : EmbeddedPostgres.SERVICE_DATABASES) {
            try (Connection connection = connect(database)) {
                assertThat(connection.getCatalog()).isEqualTo(database);
            }
        }
    }

    private static Connection connect(String database) throws Exception {
        return DriverManager.getConnection(postgres.jdbcUrl(database), EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD);
    }

    private static void send(String topic, String key, String value) throws Exception {
        send(kafka, topic, key, value);
    }

    private static void send(EmbeddedKafka kafka, String topic, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static List<String> readAll(String topic, int expected) {
        return readAll(kafka, topic, expected);
    }

    private static List<String> readAll(EmbeddedKafka kafka, String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
