package se.bokslut.reporting.reference;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.runtime.StartupEvent;
import se.bokslut.reporting.question.Question;
import se.bokslut.reporting.question.QuestionService;
import se.bokslut.reporting.config.KafkaClientConfig;

/**
 * Publishes each association's reference data to the compacted reference-data topic, keyed by association id, and
 * each question of the catalogue to the compacted question-catalogue topic, keyed by code, so intake knows which
 * platforms it accepts events for and which answers are valid (ADR 0005). At start-up it publishes everything again, which
 * heals any record a crash between Kafka's acknowledgement and the database commit left behind.
 */
@ApplicationScoped
public class ReferenceDataPublisher {

    private static final Logger LOG = Logger.getLogger(ReferenceDataPublisher.class);
    static final int SCHEMA_VERSION = 1;

    @Inject
    KafkaClientConfig kafkaConfig;

    @ConfigProperty(name = "bokslut.reporting.reference-data-topic", defaultValue = "bokslut.reference-data")
    String topic;

    @ConfigProperty(name = "bokslut.reporting.question-catalogue-topic", defaultValue = "bokslut.question-catalogue")
    String questionTopic;

    @ConfigProperty(name = "bokslut.reporting.reference-data-replication-factor", defaultValue = "1")
    short replicationFactor;

    @Inject
    ObjectMapper mapper;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    QuestionService questions;

    private KafkaProducer<String, String> producer;

    /** Publishes and waits for the acknowledgement; throws {@link ReferenceDataUnpublishedException} otherwise. */
    public void publish(Association association) {
        send(topic, association.id(), association);
    }

    /**
     * Publishes a question of the catalogue, keyed by its code when shipped and by {@code <associationId>/<code>} when
     * an association's own, since two associations may own the same code.
     */
    public void publish(Question question) {
        send(questionTopic, question.associationId() == null ? question.code()
                : question.associationId() + "/" + question.code(), question);
    }

    private void send(String destination, String key, Object document) {
        try {
            ObjectNode record = mapper.valueToTree(document);
            record.put("schemaVersion", SCHEMA_VERSION);
            producer().send(new ProducerRecord<>(destination, key, mapper.writeValueAsString(record)))
                    .get(10, TimeUnit.SECONDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReferenceDataUnpublishedException(e);
        } catch (Exception e) {
            throw new ReferenceDataUnpublishedException(e);
        }
    }

    void onStart(@Observes StartupEvent event) {
        Thread thread = new Thread(this::republishAll, "reference-data-republish");
        thread.setDaemon(true);
        thread.start();
    }

    private void republishAll() {
        for (int attempt = 1; attempt <= 60; attempt++) {
            try {
                ensureTopic(topic);
                ensureTopic(questionTopic);
                referenceData.all().forEach(this::publish);
                questions.all().forEach(this::publish);
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Republishing reference data failed (attempt %d), retrying: %s", attempt, e.toString());
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void ensureTopic(String name) {
        Map<String, Object> config = new HashMap<>();
        config.putAll(kafkaConfig.with(Map.of()));
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        try (Admin admin = Admin.create(config)) {
            admin.createTopics(Set.of(new NewTopic(name, 1, replicationFactor)
                    .configs(Map.of("cleanup.policy", "compact")))).all().get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create " + name, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer", e);
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(kafkaConfig.with(Map.of(
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 10000,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000)),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
