package se.bokslut.scoring.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.bokslut.scoring.background.BackgroundCounter.ReferralCount;
import se.bokslut.scoring.background.BackgroundFigures.Group;
import se.bokslut.scoring.episode.Gender;

/** The person-counting rules, on episodes written by hand. */
class BackgroundCounterTest {

    private static final LocalDate FROM = LocalDate.of(2019, 1, 1);
    private static final LocalDate TO = LocalDate.of(2019, 12, 31);

    @Test
    void aPersonWithTwoEpisodesInThePeriodCountsOnceAndIsDescribedByTheLatestStart() {
        List<EpisodeRow> episodes = List.of(
                episode("p1", "a", Gender.WOMAN, "2019-02-01", "2019-05-01", "DROPOUT", 1990, "2480", List.of("NONE"), 0),
                afterAnEarlierClosure(episode("p1", "a", Gender.WOMAN, "2019-09-01", null, null, 1990, "2460",
                        List.of("SOCIAL_ASSISTANCE", "STUDENT_AID"), 2)),
                episode("p2", "a", Gender.MAN, "2018-06-01", null, null, null, null, List.of(), null));

        Group total = BackgroundCounter.count("x", List.of("a"), FROM, TO, episodes, List.of()).groups().get("TOTAL");

        assertThat(total.participants().persons()).isEqualTo(2);
        assertThat(total.participants().episodes()).isEqualTo(3);
        assertThat(total.started().persons()).isEqualTo(1);
        assertThat(total.started().episodes()).isEqualTo(2);
        // p1 by the September start: Vännäs, social assistance and student aid, 1–3 years; p2 unknown throughout
        assertThat(total.participants().municipality()).containsExactly(entry("2460", 1L), entry("UNKNOWN", 1L));
        assertThat(total.participants().incomeSupport()).containsEntry("SOCIAL_ASSISTANCE", 1L)
                .containsEntry("STUDENT_AID", 1L).containsEntry("NONE", 0L).containsEntry("NOT_STATED", 1L);
        assertThat(total.participants().yearsOnPublicSupport()).containsEntry("1_3", 1L).containsEntry("UNKNOWN", 1L)
                .containsEntry("0", 0L);
        assertThat(total.participants().ageAtStart()).containsEntry("25_29", 1L).containsEntry("UNKNOWN", 1L);
        // the May closure is an earlier closed episode of the September start
        assertThat(total.participants().reReferredPersons()).isEqualTo(1);
        assertThat(total.closures().closed()).isEqualTo(1);
    }

    @Test
    void aPersonOnTwoPlatformsCountsOnceAmongTheGroupsPersons() {
        List<EpisodeRow> episodes = List.of(
                episode("p1", "a", Gender.MAN, "2019-03-01", null, null, 1980, "2480", List.of("NONE"), 0),
                episode("p1", "b", Gender.MAN, "2019-03-01", null, null, 1980, "2480", List.of("NONE"), 0));

        Group men = BackgroundCounter.count("x", List.of("a", "b"), FROM, TO, episodes, List.of()).groups().get("MAN");

        assertThat(men.participants().persons()).isEqualTo(1);
        assertThat(men.participants().episodes()).isEqualTo(2);
        assertThat(men.participants().reReferredPersons()).isZero();
        assertThat(men.participants().ageAtStart()).containsEntry("30_39", 1L);
    }

    @Test
    void everyBandedTableSumsToThePersons() {
        List<EpisodeRow> episodes = List.of(
                episode("p1", "a", Gender.WOMAN, "2019-02-01", null, null, 2001, "2480", List.of("NONE"), 0),
                episode("p2", "a", Gender.WOMAN, "2019-02-01", null, null, 1960, "2404", List.of("SICKNESS_BENEFIT"), 9),
                episode("p3", "a", Gender.OTHER, "2019-02-01", null, null, null, null, List.of(), null));

        var figures = BackgroundCounter.count("x", List.of("a"), FROM, TO, episodes, List.of());
        for (String group : List.of("WOMAN", "MAN", "OTHER", "UNSPECIFIED", "TOTAL")) {
            var population = figures.groups().get(group).participants();
            long persons = population.persons();
            assertThat(sum(population.ageAtStart().values())).isEqualTo(persons);
            assertThat(sum(population.education().values())).isEqualTo(persons);
            assertThat(sum(population.yearsOnPublicSupport().values())).isEqualTo(persons);
            assertThat(sum(population.municipality().values())).isEqualTo(persons);
        }
        assertThat(figures.groups().get("TOTAL").participants().persons()).isEqualTo(3);
        assertThat(figures.groups().get("WOMAN").participants().persons()).isEqualTo(2);
    }

    @Test
    void closuresGetTheirTimeInThePlatformAndFollowUpsPerOutcome() {
        EpisodeRow work = new EpisodeRow("p1", "a", Gender.WOMAN, LocalDate.parse("2018-11-01"),
                LocalDate.parse("2019-01-15"), "WORK", 1990, "2480", "UPPER_SECONDARY", List.of("NONE"), 0, true, false, null, false);
        EpisodeRow work2 = new EpisodeRow("p2", "a", Gender.MAN, LocalDate.parse("2017-01-01"),
                LocalDate.parse("2019-06-30"), "WORK", 1990, "2480", "UPPER_SECONDARY", List.of("NONE"), 0, false, null, null, false);
        EpisodeRow open = episode("p3", "a", Gender.MAN, "2019-03-01", null, null, 1990, "2480", List.of("NONE"), 0);

        var total = BackgroundCounter.count("x", List.of("a"), FROM, TO, List.of(work, work2, open), List.of())
                .groups().get("TOTAL").closures();

        assertThat(total.closed()).isEqualTo(2);
        assertThat(total.closedByOutcome()).containsEntry("WORK", 2L).containsEntry("STUDIES", 0L);
        assertThat(total.timeInPlatform()).containsEntry("UNDER_3_MONTHS", 1L).containsEntry("OVER_24_MONTHS", 1L);
        // 75 and 910 days
        assertThat(total.meanDaysInPlatform()).isEqualTo(492.5);
        assertThat(total.medianDaysInPlatform()).isEqualTo(492.5);
        assertThat(total.followUps()).containsExactly(new BackgroundFigures.FollowUp("WORK", 6, 2, 1),
                new BackgroundFigures.FollowUp("WORK", 12, 1, 0));
    }

    @Test
    void referralsAreCountedPerReferrerAndGender() {
        var figures = BackgroundCounter.count("x", List.of("a"), FROM, TO, List.of(), List.of(
                new ReferralCount(Gender.WOMAN, "REGION", 3), new ReferralCount(Gender.UNSPECIFIED, "REGION", 2),
                new ReferralCount(Gender.MAN, null, 1)));

        assertThat(figures.groups().get("WOMAN").referralsByReferrer()).containsEntry("REGION", 3L);
        assertThat(figures.groups().get("TOTAL").referralsByReferrer()).containsEntry("REGION", 5L)
                .containsEntry("NOT_STATED", 1L).containsEntry("ARBETSFORMEDLINGEN", 0L);
    }

    @Test
    void medianIsTheMeanOfTheTwoMiddleValuesOfAnEvenCount() {
        assertThat(BackgroundCounter.median(List.of(10L, 1L, 4L, 3L))).isEqualTo(3.5);
        assertThat(BackgroundCounter.median(List.of(5L, 1L, 9L))).isEqualTo(5.0);
        assertThat(BackgroundCounter.mean(List.of(1L, 2L))).isEqualTo(1.5);
        assertThat(BackgroundCounter.mean(List.of(1L, 1L, 2L))).isEqualTo(1.3);
    }

    private static long sum(java.util.Collection<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }

    private static java.util.Map.Entry<String, Long> entry(String key, long value) {
        return java.util.Map.entry(key, value);
    }

    private static EpisodeRow episode(String person, String platform, Gender gender, String started, String closed,
            String outcome, Integer birthYear, String municipality, List<String> support, Integer years) {
        return new EpisodeRow(person, platform, gender, LocalDate.parse(started),
                closed == null ? null : LocalDate.parse(closed), outcome, birthYear, municipality, "UPPER_SECONDARY",
                support, years, null, null, null, false);
    }

    /** The episode as the repository reads it when the person had an earlier closed episode in the association. */
    private static EpisodeRow afterAnEarlierClosure(EpisodeRow e) {
        return new EpisodeRow(e.participantId(), e.platformId(), e.gender(), e.startedOn(), e.closedOn(), e.outcome(),
                e.birthYear(), e.municipalityCode(), e.education(), e.incomeSupport(), e.yearsOnPublicSupport(),
                e.employedAfter6(), e.employedAfter12(), e.employedAfter24(), true);
    }
}
