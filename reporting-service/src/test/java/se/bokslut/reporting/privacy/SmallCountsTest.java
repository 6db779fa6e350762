package se.bokslut.reporting.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.bokslut.reporting.privacy.SmallCounts.Suppressed;

class SmallCountsTest {

    @Test
    void countsOfOneToFourAreHiddenAndZeroAndFiveAreShown() {
        SmallCounts counts = new SmallCounts(4).cell("a", 0L).cell("b", 1L).cell("c", 4L).cell("d", 5L);

        assertThat(counts.protect()).extracting(Suppressed::cell).containsExactly("b", "c");
    }

    @Test
    void aSmallCellIsNotLeftComputableFromTheTotal() {
        // women 3, men 97, total 100, nobody else: men would give women away
        SmallCounts counts = row(3, 97, 100);

        assertThat(counts.protect()).containsExactly(new Suppressed("x.women", SmallCounts.SMALL_COUNT),
                new Suppressed("x.men", SmallCounts.COMPLEMENTARY));
        assertThat(counts.isSuppressed("x.total")).isFalse();
    }

    @Test
    void aSmallUnpublishedRestIsProtectedByHidingTheSmallerPublishedPart() {
        // 50 women, 49 men, 1 other: publishing both would reveal the one other
        SmallCounts counts = row(50, 49, 100);

        assertThat(counts.protect()).containsExactly(new Suppressed("x.men", SmallCounts.COMPLEMENTARY));
    }

    @Test
    void twoSmallCellsProtectEachOther() {
        SmallCounts counts = row(3, 4, 7);

        assertThat(counts.protect()).extracting(Suppressed::cell).containsExactly("x.women", "x.men");
    }

    @Test
    void aSmallUnitHidesItsWholeSplit() {
        SmallCounts counts = row(0, 3, 3);

        assertThat(counts.protect()).extracting(Suppressed::cell).containsExactly("x.women", "x.men", "x.total");
        assertThat(counts.shown("x.women", 0L)).isNull();
    }

    @Test
    void largeCountsAreLeftAlone() {
        assertThat(row(148, 147, 295).protect()).isEmpty();
    }

    @Test
    void suppressionSpreadsThroughLinkedSums() {
        // closed.women = work + studies; participants = closed + remaining: hiding work (3) must not leave it
        // computable from closed − studies, nor closed from participants − remaining
        SmallCounts counts = new SmallCounts(4)
                .cell("work.women", 3L).cell("studies.women", 20L).cell("closed.women", 23L)
                .cell("remaining.women", 40L).cell("participants.women", 63L);
        counts.sum("closed.women", List.of("work.women", "studies.women"), false);
        counts.sum("participants.women", List.of("closed.women", "remaining.women"), false);

        counts.protect();

        assertThat(counts.isSuppressed("work.women")).isTrue();
        assertThat(counts.isSuppressed("studies.women")).isTrue();
    }

    @Test
    void smallCountsThatSumsTogetherPinDownGetOneMoreCellHidden() {
        // x + y = 2, y + z = 5, x + z = 5: each sum has two hidden non-zero parts, which satisfies the rule sum by
        // sum, yet the three together give x = 1, y = 1, z = 4
        SmallCounts counts = triangle();

        counts.protect();

        assertThat(List.of("a", "b", "c")).anyMatch(counts::isSuppressed);
        assertThat(new IntervalAudit(4, counts.cells(), triangleSums(), suppressedOf(counts)).exposed()).isEmpty();
    }

    @Test
    void theAuditFindsWhatTheSumsTogetherGiveAway() {
        SmallCounts counts = triangle();

        assertThat(new IntervalAudit(4, counts.cells(), triangleSums(), java.util.Set.of("x", "y", "z")).exposed())
                .containsExactlyInAnyOrder("x", "y", "z");
        // one total hidden as well: x = y and z = 5 − x, anything from 0 to 5
        assertThat(new IntervalAudit(4, counts.cells(), triangleSums(), java.util.Set.of("x", "y", "z", "a"))
                .exposed()).isEmpty();
    }

    @Test
    void theAuditFindsACountNarrowedToOneToFour() {
        // w + v = 6 with v ≤ 5 known from v + u = 5: w is at least 1; w + t = 4: w is at most 4
        SmallCounts counts = new SmallCounts(4).cell("w", 2L).cell("v", 4L).cell("u", 1L).cell("t", 2L)
                .cell("a", 6L).cell("b", 5L).cell("c", 4L);
        List<SmallCounts.Sum> sums = List.of(new SmallCounts.Sum("a", List.of("w", "v"), false),
                new SmallCounts.Sum("b", List.of("v", "u"), false), new SmallCounts.Sum("c", List.of("w", "t"), false));

        assertThat(new IntervalAudit(4, counts.cells(), sums, java.util.Set.of("w", "v", "u", "t")).exposed())
                .contains("w");
    }

    @Test
    void aGroupInsideTheClosuresDoesNotGiveAwayTheOutcomeOutsideIt() {
        // closed = work + studies + daily activity + dropout = 10; the group work + studies + daily activity = 9: all
        // four are small and hidden, each sum has hidden parts enough, yet 10 − 9 leaves dropout 1
        SmallCounts counts = new SmallCounts(4).cell("work", 3L).cell("studies", 2L).cell("daily", 4L)
                .cell("dropout", 1L).cell("closed", 10L).cell("group", 9L)
                .sum("closed", List.of("work", "studies", "daily", "dropout"), false)
                .sum("group", List.of("work", "studies", "daily"), false);

        counts.protect();

        assertThat(counts.isSuppressed("group") || counts.isSuppressed("closed")).isTrue();
    }

    private static SmallCounts triangle() {
        SmallCounts counts = new SmallCounts(4).cell("x", 1L).cell("y", 1L).cell("z", 4L).cell("a", 2L)
                .cell("b", 5L).cell("c", 5L);
        triangleSums().forEach(sum -> counts.sum(sum.total(), sum.parts(), sum.hasRest()));
        return counts;
    }

    private static List<SmallCounts.Sum> triangleSums() {
        return List.of(new SmallCounts.Sum("a", List.of("x", "y"), false),
                new SmallCounts.Sum("b", List.of("y", "z"), false), new SmallCounts.Sum("c", List.of("x", "z"), false));
    }

    private static java.util.Set<String> suppressedOf(SmallCounts counts) {
        java.util.Set<String> hidden = new java.util.HashSet<>();
        counts.cells().keySet().stream().filter(counts::isSuppressed).forEach(hidden::add);
        return hidden;
    }

    private static SmallCounts row(long women, long men, long total) {
        return new SmallCounts(4).cell("x.women", women).cell("x.men", men).cell("x.total", total)
                .sum("x.total", List.of("x.women", "x.men"), true);
    }
}
