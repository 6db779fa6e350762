package se.bokslut.scoring.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import se.bokslut.scoring.messaging.Redelivery;

/** Takes participant events off Kafka one at a time, in partition order (see {@link Redelivery} for failures). */
@ApplicationScoped
public class ParticipantEventConsumer {

    public static final String CHANNEL = "participant-events";

    @Inject
    ParticipantEventHandler handler;

    @Inject
    MeterRegistry metrics;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) throws InterruptedException {
        Redelivery.apply(record, metrics, ParticipantEventHandler.METER,
                () -> handler.handle(record.value(), record.offset()));
    }
}
