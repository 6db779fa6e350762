package se.bokslut.intake.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import se.bokslut.intake.acceptance.Submission;

/**
 * One accepted submission in intake's transactional outbox. The row is the proof of acceptance (idempotency key and
 * content hash) and the record still to be published; {@code publishedAt} is set once Kafka acknowledged it.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEntry {

    /** Acceptance order across all intake instances, and the row's identity (ids are unique per association only). */
    @Id
    @Column(insertable = false, updatable = false)
    public Long seq;

    public UUID id;

    public String kind;
    public String type;
    public String associationId;
    public String participantId;
    /** The platform of a participant event; null for a survey response. */
    public String platformId;
    public String topic;
    public String recordKey;
    public String payload;
    public String contentHash;
    public OffsetDateTime acceptedAt;
    public OffsetDateTime publishedAt;

    public static OutboxEntry of(Submission submission, OffsetDateTime acceptedAt) {
        OutboxEntry entry = new OutboxEntry();
        entry.id = submission.id();
        entry.kind = submission.kind();
        entry.type = submission.type();
        entry.associationId = submission.associationId();
        entry.participantId = submission.participantId();
        entry.platformId = submission.platformId();
        entry.topic = submission.topic();
        entry.recordKey = submission.recordKey();
        entry.payload = submission.payload();
        entry.contentHash = submission.contentHash();
        entry.acceptedAt = acceptedAt;
        return entry;
    }
}
