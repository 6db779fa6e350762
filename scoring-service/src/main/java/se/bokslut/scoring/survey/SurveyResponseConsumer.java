package se.bokslut.scoring.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import se.bokslut.scoring.messaging.Redelivery;

/** Takes survey responses off Kafka one at a time (see {@link Redelivery} for failures). */
@ApplicationScoped
public class SurveyResponseConsumer {

    public static final String CHANNEL = "survey-responses";

    @Inject
    SurveyResponseHandler handler;

    @Inject
    MeterRegistry metrics;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) throws InterruptedException {
        Redelivery.apply(record, metrics, SurveyResponseHandler.METER, () -> handler.handle(record.value()));
    }
}
