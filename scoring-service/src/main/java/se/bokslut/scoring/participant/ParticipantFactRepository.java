package se.bokslut.scoring.participant;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ParticipantFactRepository implements PanacheRepositoryBase<ParticipantFact, UUID> {

    /** Stores the fact unless an event with its id was processed before; true when this call stored it. */
    public boolean insertIfAbsent(ParticipantFact fact) {
        return getEntityManager().createNativeQuery("""
                INSERT INTO participant_fact (event_id, association_id, participant_id, platform_id, type, occurred_on,
                                              arrival, payload, received_at)
                VALUES (:eventId, :associationId, :participantId, :platformId, :type, :occurredOn, :arrival, :payload,
                        :receivedAt)
                ON CONFLICT (event_id) DO NOTHING
                """)
                .setParameter("eventId", fact.eventId)
                .setParameter("associationId", fact.associationId)
                .setParameter("participantId", fact.participantId)
                .setParameter("platformId", fact.platformId)
                .setParameter("type", fact.type)
                .setParameter("occurredOn", fact.occurredOn)
                .setParameter("arrival", fact.arrival)
                .setParameter("payload", fact.payload)
                .setParameter("receivedAt", fact.receivedAt)
                .executeUpdate() == 1;
    }

    public List<ParticipantFact> ofParticipant(String associationId, String participantId) {
        return list("associationId = ?1 and participantId = ?2 order by occurredOn, arrival", associationId,
                participantId);
    }
}
