package se.bokslut.scoring.survey;

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

/** Takes survey responses off Kafka a poll at a time (see {@link Redelivery} for failures). */
@ApplicationScoped
public class SurveyResponseConsumer {

    public static final String CHANNEL = "survey-responses";

    @Inject
    SurveyResponseHandler handler;

    @Inject
    DeadLetters deadLetters;

    @Inject
    MeterRegistry metrics;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) throws InterruptedException {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records.count());
        records.forEach(batch::add);
        Redelivery.apply(batch, record -> handler.read(record.value()), handler::handleAll, deadLetters, metrics,
                SurveyResponseHandler.METER);
    }
}
