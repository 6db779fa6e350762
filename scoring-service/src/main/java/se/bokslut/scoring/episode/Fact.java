package se.bokslut.scoring.episode;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One participant event as scoring keeps it. {@code arrival} orders facts of the same day and kind the way they
 * reached the topic (the Kafka offset), so the same topic always yields the same history.
 */
public record Fact(
        UUID eventId,
        FactType type,
        LocalDate occurredOn,
        String platformId,
        long arrival,
        String referredBy,
        String decision,
        Profile profile,
        Outcome outcome,
        Integer monthsAfterClosure,
        Boolean employed,
        UUID retractedEventId) {
}
