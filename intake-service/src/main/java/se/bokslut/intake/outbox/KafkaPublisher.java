package se.bokslut.intake.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import se.bokslut.intake.config.IntakeConfig;
import se.bokslut.intake.config.KafkaClientConfig;

/** Sends outbox entries to Kafka and waits until every one is acknowledged by all in-sync replicas. */
@ApplicationScoped
public class KafkaPublisher {

    @Inject
    KafkaClientConfig kafkaConfig;

    @Inject
    IntakeConfig config;

    private KafkaProducer<String, String> producer;

    /** Publishes all entries; returns only when Kafka acknowledged each, otherwise throws. */
    public void publishAll(List<OutboxEntry> entries) throws PublishException {
        KafkaProducer<String, String> kafka = producer();
        List<Future<RecordMetadata>> sends = new ArrayList<>(entries.size());
        try {
            for (OutboxEntry entry : entries) {
                sends.add(kafka.send(new ProducerRecord<>(entry.topic, entry.recordKey, entry.payload)));
            }
            long deadline = System.nanoTime() + config.outbox().sendTimeout().toNanos();
            for (Future<RecordMetadata> send : sends) {
                send.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new PublishException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException(e);
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            int timeoutMs = (int) config.outbox().sendTimeout().toMillis();
            producer = new KafkaProducer<>(kafkaConfig.with(Map.of(
                    ProducerConfig.CLIENT_ID_CONFIG, "bokslut-intake-outbox",
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.LINGER_MS_CONFIG, 2,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs, 5000),
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeoutMs, 5000 + 2))),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close();
            producer = null;
        }
    }

    public static class PublishException extends Exception {
        PublishException(Throwable cause) {
            super("Kafka did not acknowledge the batch: " + cause.getClass().getSimpleName(), cause);
        }
    }
}
