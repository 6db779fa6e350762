package se.bokslut.scoring.volume;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import se.bokslut.scoring.episode.Derivation;

/** Replaces the episodes and activities derived from one participant's facts. */
@ApplicationScoped
public class ParticipantStateRepository {

    @Inject
    EntityManager entityManager;

    public void replace(String associationId, String participantId, Derivation derivation) {
        entityManager.createQuery("delete from Episode where associationId = ?1 and participantId = ?2")
                .setParameter(1, associationId).setParameter(2, participantId).executeUpdate();
        entityManager.createQuery("delete from Activity where associationId = ?1 and participantId = ?2")
                .setParameter(1, associationId).setParameter(2, participantId).executeUpdate();
        derivation.episodes().forEach(episode -> entityManager.persist(Episode.of(associationId, participantId, episode)));
        derivation.activities()
                .forEach(activity -> entityManager.persist(Activity.of(associationId, participantId, activity)));
    }
}
