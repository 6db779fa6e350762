package se.bokslut.scoring.figures;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The number that moves whenever an association's figures change (V5__figures_version.sql). Raised inside the
 * transaction that applies the change, so a reader who sees the new number sees the change too; readers take the
 * number before the figures, so figures read under a number are never older than it.
 */
@ApplicationScoped
public class FiguresVersions {

    @Inject
    EntityManager entityManager;

    private volatile String epoch;

    /**
     * Raises the number of each association, in a fixed order so that two transactions touching the same associations
     * never wait on each other in a cycle. Call it last in the transaction: the row stays locked until commit.
     */
    public void raise(Collection<String> associationIds) {
        for (String associationId : new TreeSet<>(associationIds)) {
            entityManager.createNativeQuery("""
                    INSERT INTO figures_version (association_id, version) VALUES (:a, 1)
                    ON CONFLICT (association_id) DO UPDATE SET version = figures_version.version + 1""")
                    .setParameter("a", associationId).executeUpdate();
        }
    }

    /** The database the numbers count in: new with every new scoring database (a rebuild). */
    public String epoch() {
        String kept = epoch;
        if (kept == null) {
            kept = epoch = entityManager.createNativeQuery("SELECT epoch::text FROM figures_epoch").getSingleResult()
                    .toString();
        }
        return kept;
    }

    /** The association's current number; 0 before scoring has applied anything of it. */
    public long of(String associationId) {
        List<?> rows = entityManager.createNativeQuery(
                "SELECT version FROM figures_version WHERE association_id = :a").setParameter("a", associationId)
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }
}
