package se.bokslut.intake.outbox;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEntry, UUID> {

    /** Inserts the entry unless its id was accepted before; true when this call inserted it. */
    public boolean insertIfAbsent(OutboxEntry entry) {
        return getEntityManager().createNativeQuery("""
                INSERT INTO outbox_event (id, kind, type, association_id, participant_id, topic, record_key, payload,
                                          content_hash, accepted_at)
                VALUES (:id, :kind, :type, :associationId, :participantId, :topic, :recordKey, :payload,
                        :contentHash, :acceptedAt)
                ON CONFLICT (id) DO NOTHING
                """)
                .setParameter("id", entry.id)
                .setParameter("kind", entry.kind)
                .setParameter("type", entry.type)
                .setParameter("associationId", entry.associationId)
                .setParameter("participantId", entry.participantId)
                .setParameter("topic", entry.topic)
                .setParameter("recordKey", entry.recordKey)
                .setParameter("payload", entry.payload)
                .setParameter("contentHash", entry.contentHash)
                .setParameter("acceptedAt", entry.acceptedAt)
                .executeUpdate() == 1;
    }

    public Optional<String> contentHashOf(UUID id) {
        return find("id", id).project(HashOnly.class).firstResultOptional().map(HashOnly::contentHash);
    }

    /** The oldest unpublished entries, locked so that another intake instance skips them. */
    @SuppressWarnings("unchecked")
    public List<OutboxEntry> lockUnpublished(int limit) {
        return getEntityManager().createNativeQuery("""
                SELECT * FROM outbox_event
                WHERE published_at IS NULL
                ORDER BY seq
                LIMIT :limit
                FOR UPDATE SKIP LOCKED
                """, OutboxEntry.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    public void markPublished(List<UUID> ids, OffsetDateTime at) {
        update("publishedAt = ?1 where id in ?2", at, ids);
    }

    public long unpublishedCount() {
        return count("publishedAt is null");
    }

    public Optional<OffsetDateTime> oldestUnpublished() {
        return find("publishedAt is null order by seq").project(AcceptedAtOnly.class).firstResultOptional()
                .map(AcceptedAtOnly::acceptedAt);
    }

    public record HashOnly(String contentHash) {
    }

    public record AcceptedAtOnly(OffsetDateTime acceptedAt) {
    }
}
