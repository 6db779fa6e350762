package se.bokslut.scoring.background;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import se.bokslut.scoring.background.BackgroundFigures.Closures;
import se.bokslut.scoring.background.BackgroundFigures.FollowUp;
import se.bokslut.scoring.background.BackgroundFigures.Group;
import se.bokslut.scoring.background.BackgroundFigures.Population;
import se.bokslut.scoring.episode.Gender;
import se.bokslut.scoring.episode.Outcome;

/**
 * Counts the background figures of a date range from the episodes active in it. Plain Java, so the person-counting
 * rules are tested on their own:
 * <ul>
 * <li>a person counts once per population, however many episodes (on one platform or several) they have in it;</li>
 * <li>the person is described by the profile of their latest start in the population (ties: the platform id);</li>
 * <li>income support counts each kind a person had, so its rows may sum to more than the persons;</li>
 * <li>episodes, closures and referrals are counted as they are, summed over the platforms.</li>
 * </ul>
 */
public final class BackgroundCounter {

    public static final String TOTAL = "TOTAL";
    public static final String NOT_STATED = "NOT_STATED";
    static final List<String> EDUCATION = List.of("COMPULSORY", "UPPER_SECONDARY", "POST_SECONDARY_UNDER_3_YEARS",
            "POST_SECONDARY_3_YEARS_OR_MORE", "UNKNOWN");
    static final List<String> INCOME_SUPPORT = List.of("SICKNESS_BENEFIT", "ACTIVITY_COMPENSATION",
            "SICKNESS_COMPENSATION", "UNEMPLOYMENT_INSURANCE", "ACTIVITY_SUPPORT", "SOCIAL_ASSISTANCE", "STUDENT_AID",
            "OTHER_PUBLIC", "NONE", NOT_STATED);
    static final List<String> REFERRERS = List.of("ARBETSFORMEDLINGEN", "FORSAKRINGSKASSAN", "REGION",
            "SOCIAL_SERVICES", "MUNICIPALITY_OTHER", "OTHER", NOT_STATED);
    static final int[] FOLLOW_UP_MONTHS = { 6, 12, 24 };

    /** Referrals of one gender from one referrer. */
    public record ReferralCount(Gender gender, String referredBy, long count) {
    }

    private BackgroundCounter() {
    }

    /**
     * @param episodes every episode on the platforms active at some time in {@code from..to}
     * @param referrals referrals in the range per gender and referrer
     */
    public static BackgroundFigures count(String associationId, List<String> platformIds, LocalDate from,
            LocalDate to, List<EpisodeRow> episodes, List<ReferralCount> referrals) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Gender gender : Gender.values()) {
            groups.put(gender.name(), group(episodes.stream().filter(e -> e.gender() == gender).toList(),
                    referrals.stream().filter(r -> r.gender() == gender).toList(), from, to));
        }
        groups.put(TOTAL, group(episodes, referrals, from, to));
        return new BackgroundFigures(associationId, List.copyOf(platformIds), from, to, groups);
    }

    private static Group group(List<EpisodeRow> episodes, List<ReferralCount> referrals, LocalDate from,
            LocalDate to) {
        Predicate<EpisodeRow> startedInRange = e -> !e.startedOn().isBefore(from);
        Predicate<EpisodeRow> closedInRange = e -> e.closedOn() != null && !e.closedOn().isAfter(to);
        Map<String, Long> byReferrer = zeros(REFERRERS);
        referrals.forEach(r -> byReferrer.merge(r.referredBy() == null ? NOT_STATED : r.referredBy(), r.count(),
                Long::sum));
        return new Group(population(episodes), population(episodes.stream().filter(startedInRange).toList()),
                byReferrer, closures(episodes.stream().filter(closedInRange).toList()));
    }

    static Population population(List<EpisodeRow> episodes) {
        Map<String, List<EpisodeRow>> byPerson = episodes.stream()
                .collect(Collectors.groupingBy(EpisodeRow::participantId, TreeMap::new, Collectors.toList()));
        Map<String, Long> age = zeros(Bands.AGE);
        Map<String, Long> education = zeros(EDUCATION);
        Map<String, Long> support = zeros(INCOME_SUPPORT);
        Map<String, Long> years = zeros(Bands.YEARS_ON_SUPPORT);
        Map<String, Long> municipality = new TreeMap<>();
        long reReferred = 0;
        for (List<EpisodeRow> own : byPerson.values()) {
            EpisodeRow latest = own.stream()
                    .max(Comparator.comparing(EpisodeRow::startedOn).thenComparing(EpisodeRow::platformId))
                    .orElseThrow();
            if (own.stream().anyMatch(EpisodeRow::reReferred)) {
                reReferred++;
            }
            age.merge(Bands.age(latest.birthYear(), latest.startedOn()), 1L, Long::sum);
            education.merge(latest.education() == null ? Bands.UNKNOWN : latest.education(), 1L, Long::sum);
            years.merge(Bands.yearsOnSupport(latest.yearsOnPublicSupport()), 1L, Long::sum);
            municipality.merge(latest.municipalityCode() == null ? Bands.UNKNOWN : latest.municipalityCode(), 1L,
                    Long::sum);
            if (latest.incomeSupport().isEmpty()) {
                support.merge(NOT_STATED, 1L, Long::sum);
            }
            new LinkedHashSet<>(latest.incomeSupport()).forEach(kind -> support.merge(kind, 1L, Long::sum));
        }
        return new Population(byPerson.size(), episodes.size(), reReferred, age, education, support, years,
                municipality);
    }

    static Closures closures(List<EpisodeRow> closures) {
        Map<String, Long> outcomes = zeros(Arrays.stream(Outcome.values()).map(Enum::name).toList());
        Map<String, Long> time = zeros(Bands.TIME_IN_PLATFORM);
        List<Long> days = new ArrayList<>();
        for (EpisodeRow closure : closures) {
            outcomes.merge(closure.outcome(), 1L, Long::sum);
            time.merge(Bands.timeInPlatform(closure.startedOn(), closure.closedOn()), 1L, Long::sum);
            days.add(ChronoUnit.DAYS.between(closure.startedOn(), closure.closedOn()));
        }
        List<FollowUp> followUps = new ArrayList<>();
        for (String outcome : outcomes.keySet()) {
            for (int months : FOLLOW_UP_MONTHS) {
                List<Boolean> answers = closures.stream().filter(c -> outcome.equals(c.outcome()))
                        .map(c -> c.employedAfter(months)).filter(Objects::nonNull).toList();
                if (!answers.isEmpty()) {
                    followUps.add(new FollowUp(outcome, months, answers.size(),
                            answers.stream().filter(Boolean::booleanValue).count()));
                }
            }
        }
        return new Closures(closures.size(), outcomes, time, mean(days), median(days), followUps);
    }

    /** Mean days with one decimal, rounded half up as the volume figures are. */
    static Double mean(List<Long> days) {
        if (days.isEmpty()) {
            return null;
        }
        long sum = days.stream().mapToLong(Long::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(days.size()), 1, RoundingMode.HALF_UP).doubleValue();
    }

    /** The median as PostgreSQL's percentile_cont(0.5): the mean of the two middle values of an even count. */
    static Double median(List<Long> days) {
        if (days.isEmpty()) {
            return null;
        }
        List<Long> sorted = days.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal middle = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        return middle.setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> map = new LinkedHashMap<>();
        keys.forEach(key -> map.put(key, 0L));
        return map;
    }
}
