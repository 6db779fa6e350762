package se.bokslut.scoring.background;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import se.bokslut.scoring.background.BackgroundCounter.ReferralCount;
import se.bokslut.scoring.episode.Gender;

/**
 * Reads the episodes active in a date range, with their profiles, and the referrals in it; {@link BackgroundCounter}
 * counts them. The condition is written for the two partial indexes of V4 (closed on or after the range's start;
 * still open), so that a year's figures need not read the history before it; the benchmark's history figures show
 * the cost staying flat with ten years stored.
 */
@ApplicationScoped
public class BackgroundRepository {

    @Inject
    EntityManager entityManager;

    public BackgroundFigures figures(String associationId, List<String> platformIds, LocalDate from, LocalDate to) {
        return BackgroundCounter.count(associationId, platformIds, from, to, episodes(associationId, platformIds, from,
                to), referrals(associationId, platformIds, from, to));
    }

    @SuppressWarnings("unchecked")
    List<EpisodeRow> episodes(String associationId, List<String> platformIds, LocalDate from, LocalDate to) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT e.participant_id, e.platform_id, e.gender, e.started_on, e.closed_on, e.outcome, e.birth_year,
                       e.municipality_code, e.education, array_to_string(e.income_support, ','),
                       e.years_on_public_support, e.employed_after_6, e.employed_after_12, e.employed_after_24,
                       EXISTS (SELECT 1 FROM episode earlier
                               WHERE earlier.association_id = e.association_id
                                 AND earlier.participant_id = e.participant_id
                                 AND earlier.id <> e.id AND earlier.closed_on <= e.started_on)
                FROM episode e
                WHERE e.association_id = :association AND e.platform_id IN (:platforms) AND e.started_on <= :to
                  AND ((e.closed_on IS NOT NULL AND e.closed_on >= :from) OR e.closed_on IS NULL)
                """)
                .setParameter("association", associationId)
                .setParameter("platforms", platformIds)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        return rows.stream().map(row -> new EpisodeRow((String) row[0], (String) row[1],
                Gender.valueOf((String) row[2]), date(row[3]), date(row[4]), (String) row[5], integer(row[6]),
                (String) row[7], (String) row[8], list((String) row[9]), integer(row[10]), (Boolean) row[11],
                (Boolean) row[12], (Boolean) row[13], (Boolean) row[14])).toList();
    }

    @SuppressWarnings("unchecked")
    List<ReferralCount> referrals(String associationId, List<String> platformIds, LocalDate from, LocalDate to) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT gender, referred_by, count(*)
                FROM activity
                WHERE association_id = :association AND platform_id IN (:platforms) AND kind = 'REFERRAL'
                  AND occurred_on BETWEEN :from AND :to
                GROUP BY gender, referred_by
                """)
                .setParameter("association", associationId)
                .setParameter("platforms", platformIds)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        return rows.stream().map(row -> new ReferralCount(Gender.valueOf((String) row[0]), (String) row[1],
                ((Number) row[2]).longValue())).toList();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
