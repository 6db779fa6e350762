package se.bokslut.intake.config;

import java.time.Duration;
import java.time.LocalDate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Business settings of intake. */
@ConfigMapping(prefix = "bokslut.intake")
public interface IntakeConfig {

    /** Kafka topic of participant events. */
    @WithDefault("bokslut.participant-events")
    String participantEventsTopic();

    /** Kafka topic of survey responses. */
    @WithDefault("bokslut.survey-responses")
    String surveyResponsesTopic();

    /** Compacted Kafka topic of reference data, published by reporting-service. */
    @WithDefault("bokslut.reference-data")
    String referenceDataTopic();

    /** Compacted Kafka topic of the question catalogue, published by reporting-service. */
    @WithDefault("bokslut.question-catalogue")
    String questionCatalogueTopic();

    /** Replication factor used if intake creates the reference-data topics (3 in production). */
    @WithDefault("1")
    int referenceDataReplicationFactor();

    /** Largest request body intake reads, in bytes; larger bodies are answered 413 (problem+json). */
    @WithDefault("2000000")
    int maxBodyBytes();

    /** Most items a batch request may carry; larger batches are answered 413. */
    @WithDefault("1000")
    int batchMaxItems();

    /** Turns on the benchmark's bare anchor endpoint ({@code BenchmarkAnchorResource}); never in production. */
    @WithDefault("false")
    boolean benchmarkAnchor();

    /** Earliest accepted date of a fact (the Finsam law took effect in 2004). */
    @WithDefault("2004-01-01")
    LocalDate earliestDate();

    /** Outbox relay settings. */
    Outbox outbox();

    interface Outbox {
        /** Most outbox rows published per Kafka round trip. */
        @WithDefault("500")
        int batchSize();

        /** How long the relay waits for Kafka to acknowledge a batch before it retries later. */
        @WithDefault("10s")
        Duration sendTimeout();
    }
}
