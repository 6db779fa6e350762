package se.bokslut.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.bokslut.localstack.EmbeddedPostgres;
import se.bokslut.localstack.HttpJson;
import se.bokslut.localstack.ParticipantEventFactory;
import se.bokslut.localstack.ServiceProcess;

/**
 * Personal identity numbers nowhere (issue 11, finding 7; SPEC §14): the test number 19121212-1212 and the
 * samordningsnummer 19121272-1219, in every common form and embedded in longer ids, are sent to intake and reporting;
 * each is refused, and afterwards neither number is in any table of the three databases, any record of any topic, or
 * any log line of the three services — whatever the other end-to-end tests have stored by then.
 */
@ExtendWith(RunningSystem.class)
class PersonalIdentityNumbersNowhereIT {

    static final String ASSOCIATION = "pnrforbundet";
    /** Either number with any one separator of the forms people write, or none. */
    static final Pattern NUMBER = Pattern.compile("121272[-+_.:/ ]?1219|121212[-+_.:/ ]?1212");
    static final List<String> FORMS = List.of("19121212-1212", "121212-1212", "191212121212", "1212121212",
            "19121212_1212", "121212.1212", "19121212/1212", "121212+1212", "ut:19121212:1212", "p-121212-1212-x",
            "19121272-1219", "121272-1219");

    @Test
    void everyFormIsRefusedAndNoneIsStoredPublishedOrLogged() throws Exception {
        assertThat(FORMS).as("the search finds every form it sends").allMatch(form -> NUMBER.matcher(form).find());
        Bokslut.putAssociation(ASSOCIATION, """
                {"name": "Förbundet utan personnummer", "platforms": [{"id": "p", "name": "P"}]}""", "p");
        HttpJson.Client caseSystem = HttpJson.as(Bokslut.tokens().caseSystem(ASSOCIATION, "p"));
        HttpJson.Client analyst = Bokslut.analyst(ASSOCIATION);
        ParticipantEventFactory events = new ParticipantEventFactory(ASSOCIATION, "pnr");
        List<String> accepted = new ArrayList<>();
        for (String form : FORMS) {
            Map<String, Object> start = new LinkedHashMap<>(events.started("p", "x", LocalDate.of(2021, 2, 1), "WOMAN"));
            start.put("participantId", form);
            expectRefused(caseSystem.post(RunningSystem.intake() + "/api/v1/participant-events", start), form, accepted);

            Map<String, Object> tagged = new LinkedHashMap<>(events.started("p", "ok-" + UUID.randomUUID(),
                    LocalDate.of(2021, 2, 1), "WOMAN"));
            @SuppressWarnings("unchecked")
            Map<String, Object> profile = new LinkedHashMap<>((Map<String, Object>) tagged.get("profile"));
            profile.put("tags", List.of("PNR_" + form.replaceAll("[^0-9]", "_")));
            tagged.put("profile", profile);
            expectRefused(caseSystem.post(RunningSystem.intake() + "/api/v1/participant-events", tagged), form,
                    accepted);

            expectRefused(analyst.put(RunningSystem.reporting() + "/api/v1/associations/" + ASSOCIATION,
                    "{\"name\": \"Förbundet " + form + "\", \"platforms\": [{\"id\": \"p\", \"name\": \"P\"}]}"), form,
                    accepted);
            expectRefused(analyst.put(RunningSystem.reporting() + "/api/v1/questions/PNR-1",
                    "{\"associationId\": \"" + ASSOCIATION + "\", \"text\": \"Gäller det " + form + "?\", "
                            + "\"scale\": \"YES_NO\", \"respondentGroups\": [\"PARTICIPANT\"]}"), form, accepted);
        }
        assertThat(accepted).as("forms accepted somewhere").isEmpty();
        Thread.sleep(2000); // anything accepted by mistake would be on its way to Kafka and scoring by now

        List<String> found = new ArrayList<>();
        found.addAll(inDatabases());
        found.addAll(inTopics());
        found.addAll(inLogs());
        assertThat(found).as("places holding a personal identity number").isEmpty();
    }

    private static void expectRefused(HttpJson.Answer answer, String form, List<String> accepted) {
        if (answer.status() < 400 || answer.status() >= 500 || NUMBER.matcher(answer.body()).find()) {
            accepted.add(form + " → " + answer.status() + " " + answer.body());
        }
    }

    private static List<String> inDatabases() throws SQLException {
        List<String> found = new ArrayList<>();
        EmbeddedPostgres postgres = RunningSystem.system().postgres();
        for (String database : EmbeddedPostgres.SERVICE_DATABASES) {
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), EmbeddedPostgres.USER,
                    EmbeddedPostgres.PASSWORD); Statement statement = connection.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet rows = statement.executeQuery("SELECT t::text FROM \"" + table + "\" t")) {
                        while (rows.next()) {
                            if (NUMBER.matcher(rows.getString(1)).find()) {
                                found.add(database + "." + table);
                                break;
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<String> inTopics() {
        List<String> found = new ArrayList<>();
        String bootstrap = RunningSystem.system().kafka().bootstrapServers();
        Set<String> topics;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            topics = admin.listTopics().names().get();
        } catch (Exception e) {
            throw new IllegalStateException("topics could not be listed", e);
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = topics.stream().flatMap(topic -> consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if ((record.key() != null && NUMBER.matcher(record.key()).find())
                            || (record.value() != null && NUMBER.matcher(record.value()).find())) {
                        found.add(record.topic() + "@" + record.offset());
                    }
                });
            }
            assertThat(partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p)))
                    .as("every topic read to its end").isTrue();
        }
        return found;
    }

    private static List<String> inLogs() throws IOException {
        List<String> found = new ArrayList<>();
        for (ServiceProcess service : RunningSystem.system().services()) {
            Path log = service.log();
            Path directory = log.getParent();
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    try (Stream<String> lines = Files.lines(file)) {
                        lines.filter(line -> NUMBER.matcher(line).find()).findFirst()
                                .ifPresent(line -> found.add(file.getFileName() + ": " + line));
                    }
                }
            }
        }
        return found.stream().distinct().toList();
    }
}
