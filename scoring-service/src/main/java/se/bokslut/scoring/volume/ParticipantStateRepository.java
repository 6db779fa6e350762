package se.bokslut.scoring.volume;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import se.bokslut.scoring.episode.Derivation;

/** Replaces the episodes and activities derived from one participant's facts. */
@ApplicationScoped
public class ParticipantStateRepository {

    @Inject
    EntityManager entityManager;

    /** Replaces what was derived for these participants of one association, in a few statements. */
    public void replaceAll(String associationId, Map<String, Derivation> derivations) {
        entityManager.createQuery("delete from Episode where associationId = ?1 and participantId in ?2")
                .setParameter(1, associationId).setParameter(2, derivations.keySet()).executeUpdate();
        entityManager.createQuery("delete from Activity where associationId = ?1 and participantId in ?2")
                .setParameter(1, associationId).setParameter(2, derivations.keySet()).executeUpdate();
        derivations.forEach((participantId, derivation) -> {
            derivation.episodes()
                    .forEach(episode -> entityManager.persist(Episode.of(associationId, participantId, episode)));
            derivation.activities()
                    .forEach(activity -> entityManager.persist(Activity.of(associationId, participantId, activity)));
        });
    }
}
