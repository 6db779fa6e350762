package se.bokslut.reporting.accounts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Stores editions and their frozen parts (V5__social_accounts_editions.sql); parts are written once, never changed. */
@ApplicationScoped
public class EditionRepository {

    public static final String WHOLE_DOCUMENT = "";

    @Inject
    EntityManager em;

    public int latest(String associationId, int year) {
        Number latest = (Number) em.createNativeQuery("SELECT coalesce(max(edition), 0) FROM social_accounts_edition "
                + "WHERE association_id = ?1 AND year = ?2").setParameter(1, associationId).setParameter(2, year)
                .getSingleResult();
        return latest.intValue();
    }

    public void insert(String associationId, int year, int edition, int goalModelVersion, String adoptedBy,
            OffsetDateTime adoptedAt) {
        em.createNativeQuery("INSERT INTO social_accounts_edition (association_id, year, edition, goal_model_version, "
                + "adopted_by, adopted_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, associationId).setParameter(2, year).setParameter(3, edition)
                .setParameter(4, goalModelVersion).setParameter(5, adoptedBy).setParameter(6, adoptedAt)
                .executeUpdate();
    }

    public void insertPart(String associationId, int year, int edition, String audience, String unitId,
            String format, byte[] content) {
        em.createNativeQuery("INSERT INTO social_accounts_edition_part (association_id, year, edition, audience, "
                + "unit_id, format, content) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, associationId).setParameter(2, year).setParameter(3, edition)
                .setParameter(4, audience).setParameter(5, unitId).setParameter(6, format).setParameter(7, content)
                .executeUpdate();
    }

    public Optional<byte[]> part(String associationId, int year, int edition, String audience, String unitId,
            String format) {
        List<?> rows = em.createNativeQuery("SELECT content FROM social_accounts_edition_part WHERE association_id = ?1 "
                + "AND year = ?2 AND edition = ?3 AND audience = ?4 AND unit_id = ?5 AND format = ?6")
                .setParameter(1, associationId).setParameter(2, year).setParameter(3, edition)
                .setParameter(4, audience).setParameter(5, unitId).setParameter(6, format).getResultList();
        return rows.stream().findFirst().map(row -> (byte[]) row);
    }

    public List<String> units(String associationId, int year, int edition) {
        return em.createNativeQuery("SELECT unit_id FROM social_accounts_edition_part WHERE association_id = ?1 "
                + "AND year = ?2 AND edition = ?3 AND audience = 'ANALYST' AND format = 'JSON' ORDER BY unit_id",
                String.class).setParameter(1, associationId).setParameter(2, year).setParameter(3, edition)
                .getResultList().stream().map(String.class::cast).toList();
    }

    /** Every edition of the year: number, model version, adopter, time. */
    public List<Object[]> editions(String associationId, int year) {
        List<?> rows = em.createNativeQuery("SELECT edition, goal_model_version, adopted_by, adopted_at "
                + "FROM social_accounts_edition WHERE association_id = ?1 AND year = ?2 ORDER BY edition")
                .setParameter(1, associationId).setParameter(2, year).getResultList();
        return rows.stream().map(Object[].class::cast).toList();
    }
}
