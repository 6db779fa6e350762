package se.bokslut.scoring.participant;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import se.bokslut.scoring.messaging.DeadLetters;
import se.bokslut.scoring.messaging.Redelivery;

/** Takes participant events off Kafka a poll at a time, in partition order (see {@link Redelivery} for failures). */
@ApplicationScoped
public class ParticipantEventConsumer {

    public static final String CHANNEL = "participant-events";

    @Inject
    ParticipantEventHandler handler;

    @Inject
    DeadLetters deadLetters;

    @Inject
    MeterRegistry metrics;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) throws InterruptedException {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
        records.forEach(batch::add);
        Redelivery.apply(batch, record -> handler.read(record.value(), record.offset()), handler::handleAll,
                deadLetters, metrics, ParticipantEventHandler.METER);
    }
}
