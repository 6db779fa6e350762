package se.bokslut.intake.acceptance;

import java.util.UUID;

/**
 * A validated event or survey response ready to be made durable: the idempotency key (the association and the id),
 * what it is about, where it goes on Kafka, the record value, and a hash of its content that tells a harmless resend
 * from a conflicting one. {@code participantId} and {@code platformId} are those of a participant event, else null.
 */
public record Submission(
        UUID id,
        String kind,
        String type,
        String associationId,
        String participantId,
        String platformId,
        String topic,
        String recordKey,
        String payload,
        String contentHash) {

    public Key key() {
        return new Key(associationId, id);
    }

    /**
     * What makes a submission the same one: ids are scoped per association, so one association's id never collides
     * with, nor tells anything of, another's.
     */
    public record Key(String associationId, UUID id) {
    }
}
