package se.bokslut.scoring.volume;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import se.bokslut.scoring.episode.Gender;
import se.bokslut.scoring.episode.Outcome;
import se.bokslut.scoring.volume.VolumeFigures.FollowUpFigures;
import se.bokslut.scoring.volume.VolumeFigures.GroupFigures;

/**
 * Computes volume figures straight from the episodes and activities, for any date range. "Participants during a
 * period" is not additive over periods, so figures are aggregated per query (indexed by platform and dates) rather
 * than pre-summed per period; ADR 0003 explains the choice.
 */
@ApplicationScoped
public class VolumeRepository {

    public static final String TOTAL = "TOTAL";
    private static final String GROUP = "CASE WHEN GROUPING(gender) = 1 THEN 'TOTAL' ELSE gender END";

    @Inject
    EntityManager entityManager;

    public VolumeFigures figures(String associationId, List<String> platformIds, LocalDate from, LocalDate to,
            String tag) {
        Map<String, Builder> groups = new LinkedHashMap<>();
        for (Gender gender : Gender.values()) {
            groups.put(gender.name(), new Builder());
        }
        groups.put(TOTAL, new Builder());
        String tagFilter = tag == null ? "" : " AND CAST(:tag AS text) = ANY(tags)";

        for (Object[] row : rows("""
                SELECT %s,
                       count(*),
                       count(DISTINCT participant_id),
                       count(*) FILTER (WHERE started_on >= :from),
                       count(*) FILTER (WHERE closed_on <= :to),
                       avg(closed_on - started_on) FILTER (WHERE closed_on <= :to),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY closed_on - started_on) FILTER (WHERE closed_on <= :to)
                FROM episode
                WHERE association_id = :association AND platform_id IN (:platforms)
                  AND started_on <= :to AND ((closed_on IS NOT NULL AND closed_on >= :from) OR closed_on IS NULL)%s
                GROUP BY ROLLUP (gender)
                """.formatted(GROUP, tagFilter), associationId, platformIds, from, to, tag)) {
            Builder group = groups.get((String) row[0]);
            group.participants = number(row[1]);
            group.persons = number(row[2]);
            group.started = number(row[3]);
            group.closed = number(row[4]);
            group.meanDays = decimal(row[5]);
            group.medianDays = decimal(row[6]);
        }

        for (Object[] row : rows("""
                SELECT %s, outcome, count(*)
                FROM episode
                WHERE association_id = :association AND platform_id IN (:platforms)
                  AND closed_on BETWEEN :from AND :to%s
                GROUP BY GROUPING SETS ((gender, outcome), (outcome))
                """.formatted(GROUP, tagFilter), associationId, platformIds, from, to, tag)) {
            groups.get((String) row[0]).closedByOutcome.put((String) row[1], number(row[2]));
        }

        for (Object[] row : rows("""
                SELECT %s, kind, count(*)
                FROM activity
                WHERE association_id = :association AND platform_id IN (:platforms)
                  AND occurred_on BETWEEN :from AND :to
                GROUP BY GROUPING SETS ((gender, kind), (kind))
                """.formatted(GROUP), associationId, platformIds, from, to, null)) {
            Builder group = groups.get((String) row[0]);
            long count = number(row[2]);
            switch ((String) row[1]) {
                case "REFERRAL" -> group.referrals = count;
                case "PREPARATION_YES" -> group.preparationYes = count;
                case "PREPARATION_NO" -> group.preparationNo = count;
                default -> throw new IllegalStateException("unknown activity kind");
            }
        }

        for (Object[] row : rows("""
                SELECT %s, outcome, months, count(employed), count(*) FILTER (WHERE employed)
                FROM (
                    SELECT gender, outcome, 6 AS months, employed_after_6 AS employed FROM episode
                    WHERE association_id = :association AND platform_id IN (:platforms)
                      AND closed_on BETWEEN :from AND :to%2$s
                    UNION ALL
                    SELECT gender, outcome, 12, employed_after_12 FROM episode
                    WHERE association_id = :association AND platform_id IN (:platforms)
                      AND closed_on BETWEEN :from AND :to%2$s
                    UNION ALL
                    SELECT gender, outcome, 24, employed_after_24 FROM episode
                    WHERE association_id = :association AND platform_id IN (:platforms)
                      AND closed_on BETWEEN :from AND :to%2$s
                ) follow_up
                GROUP BY GROUPING SETS ((gender, outcome, months), (outcome, months))
                HAVING count(employed) > 0
                ORDER BY 2, 3
                """.formatted(GROUP, tagFilter), associationId, platformIds, from, to, tag)) {
            groups.get((String) row[0]).followUps.add(new FollowUpFigures((String) row[1], (int) number(row[2]),
                    number(row[3]), number(row[4])));
        }

        Map<String, GroupFigures> figures = new LinkedHashMap<>();
        groups.forEach((name, builder) -> figures.put(name, builder.build()));
        return new VolumeFigures(associationId, List.copyOf(platformIds), from, to, tag, figures);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String associationId, List<String> platformIds, LocalDate from,
            LocalDate to, String tag) {
        Query query = entityManager.createNativeQuery(sql)
                .setParameter("association", associationId)
                .setParameter("platforms", platformIds)
                .setParameter("from", from)
                .setParameter("to", to);
        if (tag != null && sql.contains(":tag")) {
            query.setParameter("tag", tag);
        }
        return query.getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Days with one decimal, so that the same data always prints the same figure. */
    private static Double decimal(Object value) {
        if (value == null) {
            return null;
        }
        return new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static final class Builder {
        long participants;
        long persons;
        long started;
        long referrals;
        long preparationYes;
        long preparationNo;
        long closed;
        Double meanDays;
        Double medianDays;
        final Map<String, Long> closedByOutcome = new TreeMap<>();
        final List<FollowUpFigures> followUps = new ArrayList<>();

        GroupFigures build() {
            Map<String, Long> outcomes = new LinkedHashMap<>();
            for (Outcome outcome : Outcome.values()) {
                outcomes.put(outcome.name(), closedByOutcome.getOrDefault(outcome.name(), 0L));
            }
            return new GroupFigures(participants, persons, started, referrals, preparationYes, preparationNo, closed, outcomes,
                    participants - closed, meanDays, medianDays, List.copyOf(followUps));
        }
    }
}
