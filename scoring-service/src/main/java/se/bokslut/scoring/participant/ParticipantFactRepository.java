package se.bokslut.scoring.participant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ParticipantFactRepository implements PanacheRepositoryBase<ParticipantFact, ParticipantFact.Key> {

    /**
     * Stores the facts not processed before, in one statement; returns the keys (association and event id) it stored
     * (a fact whose key is already there, or that appears twice in the list, is stored once).
     */
    @SuppressWarnings("unchecked")
    public Set<ParticipantFact.Key> insertAbsent(List<ParticipantFact> facts) {
        if (facts.isEmpty()) {
            return Set.of();
        }
        StringBuilder sql = new StringBuilder("INSERT INTO participant_fact (event_id, association_id, participant_id,"
                + " platform_id, type, occurred_on, arrival, payload, received_at) VALUES ");
        for (int i = 0; i < facts.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:e%1$d, :a%1$d, :p%1$d, :pl%1$d, :t%1$d, :o%1$d, :ar%1$d, :pa%1$d, :r%1$d)"
                    .formatted(i));
        }
        sql.append(" ON CONFLICT (association_id, event_id) DO NOTHING RETURNING association_id, event_id");
        var query = getEntityManager().createNativeQuery(sql.toString(), Object[].class);
        for (int i = 0; i < facts.size(); i++) {
            ParticipantFact fact = facts.get(i);
            query.setParameter("e" + i, fact.eventId).setParameter("a" + i, fact.associationId)
                    .setParameter("p" + i, fact.participantId).setParameter("pl" + i, fact.platformId)
                    .setParameter("t" + i, fact.type).setParameter("o" + i, fact.occurredOn)
                    .setParameter("ar" + i, fact.arrival).setParameter("pa" + i, fact.payload)
                    .setParameter("r" + i, fact.receivedAt);
        }
        Set<ParticipantFact.Key> stored = new HashSet<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            stored.add(new ParticipantFact.Key((String) row[0], (UUID) row[1]));
        }
        return stored;
    }

    /**
     * The facts of these participants, by participant, each participant's in order of occurrence: of a participant
     * with more than {@code limit}, the first {@code limit + 1} to arrive, so one participant's history costs bounded
     * memory however many events are sent for it.
     */
    @SuppressWarnings("unchecked")
    public Map<String, List<ParticipantFact>> ofParticipants(String associationId, Collection<String> participantIds,
            int limit) {
        Map<String, List<ParticipantFact>> byParticipant = new HashMap<>();
        List<ParticipantFact> facts = getEntityManager().createNativeQuery("""
                SELECT f.* FROM participant_fact f
                WHERE f.association_id = :association AND f.event_id IN (
                    SELECT ranked.event_id FROM (
                        SELECT event_id, row_number() OVER (PARTITION BY participant_id ORDER BY arrival, event_id) AS n
                        FROM participant_fact
                        WHERE association_id = :association AND participant_id IN (:participants)) ranked
                    WHERE ranked.n <= :limit)
                ORDER BY f.occurred_on, f.arrival
                """, ParticipantFact.class)
                .setParameter("association", associationId).setParameter("participants", participantIds)
                .setParameter("limit", limit + 1L)
                .getResultList();
        facts.forEach(fact -> byParticipant.computeIfAbsent(fact.participantId, id -> new ArrayList<>()).add(fact));
        return byParticipant;
    }
}
