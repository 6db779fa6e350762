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

    private static SmallCounts row(long women, long men, long total) {
        return new SmallCounts(4).cell("x.women", women).cell("x.men", men).cell("x.total", total)
                .sum("x.total", List.of("x.women", "x.men"), true);
    }
}
