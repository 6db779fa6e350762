package se.bokslut.intake.reference;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import se.bokslut.intake.config.IntakeConfig;
import se.bokslut.intake.config.KafkaClientConfig;
import se.bokslut.intake.survey.contract.RespondentGroup;
import se.bokslut.intake.survey.contract.Scale;

/**
 * Reads the compacted reference-data and question-catalogue topics from their beginning at start-up and follows it for as long as intake runs.
 * Every intake instance reads all of it (no consumer group), so every instance knows every association.
 */
@ApplicationScoped
public class ReferenceDataConsumer {

    private static final Logger LOG = Logger.getLogger(ReferenceDataConsumer.class);

    @Inject
    KafkaClientConfig kafkaConfig;

    @Inject
    IntakeConfig config;

    @Inject
    ReferenceData referenceData;

    @Inject
    ObjectMapper mapper;

    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean running = true;
    private Thread thread;

    void onStart(@Observes StartupEvent event) {
        thread = new Thread(this::run, "reference-data-reader");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.join(5000);
        }
    }

    private void run() {
        while (running) {
            try {
                ensureTopics();
                follow();
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Reading reference data failed, retrying: %s", e.toString());
                sleep(2000);
            }
        }
    }

    private void follow() {
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(kafkaConfig.with(Map.of(
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "bokslut-intake-reference-data")),
                new StringDeserializer(), new StringDeserializer())) {
            consumer = kafka;
            List<TopicPartition> partitions = topics().stream()
                    .flatMap(topic -> kafka.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                            .map(info -> new TopicPartition(topic, info.partition())))
                    .toList();
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = kafka.endOffsets(partitions, Duration.ofSeconds(10));
            while (running) {
                for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(500))) {
                    apply(record);
                }
                if (!referenceData.isLoaded() && caughtUp(kafka, end)) {
                    referenceData.markLoaded();
                    LOG.infof("Reference data loaded: %d association(s), %d question(s)", referenceData.size(),
                            referenceData.questionCount());
                }
            }
        } finally {
            consumer = null;
        }
    }

    private static boolean caughtUp(KafkaConsumer<String, String> kafka, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(entry -> kafka.position(entry.getKey()) >= entry.getValue());
    }

    private List<String> topics() {
        return List.of(config.referenceDataTopic(), config.questionCatalogueTopic());
    }

    private void apply(ConsumerRecord<String, String> record) {
        if (record.topic().equals(config.questionCatalogueTopic())) {
            applyQuestion(record);
            return;
        }
        if (record.value() == null) {
            referenceData.remove(record.key());
            return;
        }
        try {
            JsonNode json = mapper.readTree(record.value());
            Map<String, KnownAssociation.KnownPlatform> platforms = new LinkedHashMap<>();
            for (JsonNode platform : json.path("platforms")) {
                String id = platform.path("id").asText();
                platforms.put(id, new KnownAssociation.KnownPlatform(id, platform.path("name").asText(),
                        date(platform, "activeFrom"), date(platform, "activeTo")));
            }
            referenceData.replace(new KnownAssociation(record.key(), json.path("name").asText(), platforms));
        } catch (Exception e) {
            LOG.warnf("Ignoring an unreadable reference-data record at offset %d", record.offset());
        }
    }

    private void applyQuestion(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            referenceData.removeQuestion(record.key());
            return;
        }
        try {
            JsonNode json = mapper.readTree(record.value());
            Set<RespondentGroup> groups = EnumSet.noneOf(RespondentGroup.class);
            json.path("respondentGroups").forEach(group -> groups.add(RespondentGroup.valueOf(group.asText())));
            String code = json.hasNonNull("code") ? json.get("code").asText()
                    : record.key().substring(record.key().indexOf('/') + 1);
            referenceData.replaceQuestion(record.key(), new KnownQuestion(code,
                    json.hasNonNull("associationId") ? json.get("associationId").asText() : null,
                    Scale.valueOf(json.path("scale").asText()), groups));
        } catch (Exception e) {
            LOG.warnf("Ignoring an unreadable question record at offset %d", record.offset());
        }
    }

    private static LocalDate date(JsonNode json, String field) {
        return json.hasNonNull(field) ? LocalDate.parse(json.get(field).asText()) : null;
    }

    /** Creates the compacted topics if they do not exist yet (reporting-service does the same). */
    private void ensureTopics() {
        Map<String, Object> admin = new HashMap<>();
        admin.putAll(kafkaConfig.with(Map.of()));
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        try (Admin client = Admin.create(admin)) {
            for (String name : topics()) {
                NewTopic topic = new NewTopic(name, 1, (short) config.referenceDataReplicationFactor())
                        .configs(Map.of("cleanup.policy", "compact"));
                try {
                    client.createTopics(Set.of(topic)).all().get(15, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create " + name, e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
