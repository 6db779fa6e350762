package se.bokslut.intake.outbox;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import se.bokslut.intake.acceptance.Submission.Key;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEntry, Long> {

    /**
     * Inserts the entries whose keys (association and id) were not accepted before, in one statement; returns the keys
     * it inserted. A key that appears twice in the list is inserted once.
     */
    @SuppressWarnings("unchecked")
    public Set<Key> insertAbsent(List<OutboxEntry> entries) {
        if (entries.isEmpty()) {
            return Set.of();
        }
        StringBuilder sql = new StringBuilder("INSERT INTO outbox_event (id, kind, type, association_id, participant_id,"
                + " platform_id, topic, record_key, payload, content_hash, accepted_at) VALUES ");
        for (int i = 0; i < entries.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(
                    "(:i%1$d, :k%1$d, :t%1$d, :a%1$d, :p%1$d, :pl%1$d, :to%1$d, :r%1$d, :pa%1$d, :h%1$d, :at%1$d)"
                            .formatted(i));
        }
        sql.append(" ON CONFLICT (association_id, id) DO NOTHING RETURNING association_id, id");
        var query = getEntityManager().createNativeQuery(sql.toString(), Object[].class);
        for (int i = 0; i < entries.size(); i++) {
            OutboxEntry entry = entries.get(i);
            query.setParameter("i" + i, entry.id).setParameter("k" + i, entry.kind).setParameter("t" + i, entry.type)
                    .setParameter("a" + i, entry.associationId).setParameter("p" + i, entry.participantId)
                    .setParameter("pl" + i, entry.platformId)
                    .setParameter("to" + i, entry.topic).setParameter("r" + i, entry.recordKey)
                    .setParameter("pa" + i, entry.payload).setParameter("h" + i, entry.contentHash)
                    .setParameter("at" + i, entry.acceptedAt);
        }
        Set<Key> inserted = new HashSet<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            inserted.add(new Key((String) row[0], (UUID) row[1]));
        }
        return inserted;
    }

    /** The content hashes of these keys, for those accepted before. */
    public Map<Key, String> contentHashesOf(Collection<Key> keys) {
        Map<Key, String> hashes = new HashMap<>();
        Map<String, List<UUID>> byAssociation = keys.stream().collect(Collectors.groupingBy(Key::associationId,
                Collectors.mapping(Key::id, Collectors.toList())));
        byAssociation.forEach((association, ids) -> find("associationId = ?1 and id in ?2", association, ids)
                .project(IdAndHash.class).list()
                .forEach(row -> hashes.put(new Key(association, row.id()), row.contentHash())));
        return hashes;
    }

    /** The submission accepted under this association and id, or null. */
    public OutboxEntry accepted(String associationId, UUID id) {
        return find("associationId = ?1 and id = ?2", associationId, id).firstResult();
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

    public void markPublished(List<Long> seqs, OffsetDateTime at) {
        update("publishedAt = ?1 where seq in ?2", at, seqs);
    }

    public long unpublishedCount() {
        return count("publishedAt is null");
    }

    /** How many rows wait for Kafka and when the oldest of them was accepted (null when none waits). */
    public Backlog backlog() {
        Object[] row = getEntityManager().createQuery(
                "SELECT count(e), min(e.acceptedAt) FROM OutboxEntry e WHERE e.publishedAt IS NULL", Object[].class)
                .getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), (OffsetDateTime) row[1]);
    }

    public record Backlog(long rows, OffsetDateTime oldestAcceptedAt) {
    }

    public record IdAndHash(UUID id, String contentHash) {
    }
}
