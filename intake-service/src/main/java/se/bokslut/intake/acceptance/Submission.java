package se.bokslut.intake.acceptance;

import java.util.UUID;

/**
 * A validated event or survey response ready to be made durable: the idempotency key, what it is about, where it goes
 * on Kafka, the record value, and a hash of its content that tells a harmless resend from a conflicting one.
 */
public record Submission(
        UUID id,
        String kind,
        String type,
        String associationId,
        String participantId,
        String topic,
        String recordKey,
        String payload,
        String contentHash) {
}
