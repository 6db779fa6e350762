package se.bokslut.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Serialises concurrent writes of one document (a goal model's next version, a manual entry, the next edition): a
 * PostgreSQL advisory lock held until the transaction ends, so two writers of the same key take turns instead of one
 * of them failing on the primary key. Writers of different keys do not wait for each other (a hash collision only
 * makes two of them take turns).
 */
@ApplicationScoped
public class WriteLocks {

    @Inject
    EntityManager entityManager;

    /** Waits for, and holds until the end of the current transaction, the lock of this kind and key. */
    public void lock(String kind, String key) {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:kind), hashtext(:key))")
                .setParameter("kind", kind).setParameter("key", key).getSingleResult();
    }
}
