package se.bokslut.scoring.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends a record that can never be applied to {@code <topic>.dlq}, unchanged, with headers saying why and where it
 * came from, and waits for Kafka's acknowledgement: the record leaves the partition only once it is safe elsewhere.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String SUFFIX = ".dlq";

    @Inject
    KafkaClientConfig kafkaConfig;

    private KafkaProducer<String, String> producer;

    public void send(ConsumerRecord<String, String> record, String reason) {
        ProducerRecord<String, String> letter = new ProducerRecord<>(record.topic() + SUFFIX, record.key(),
                record.value());
        letter.headers()
                .add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8))
                .add("dead-letter-topic", record.topic().getBytes(StandardCharsets.UTF_8))
                .add("dead-letter-partition", Integer.toString(record.partition()).getBytes(StandardCharsets.UTF_8))
                .add("dead-letter-offset", Long.toString(record.offset()).getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(letter).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (Exception e) {
            throw new DeadLetterUnsentException(e);
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(kafkaConfig.with(Map.of(
                    ProducerConfig.CLIENT_ID_CONFIG, "bokslut-scoring-dead-letters",
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

    /** Kafka did not take the dead letter; the record is retried, not dropped. */
    public static class DeadLetterUnsentException extends RuntimeException {
        DeadLetterUnsentException(Throwable cause) {
            super("the dead letter was not acknowledged", cause);
        }
    }
}
