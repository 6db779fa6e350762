package se.bokslut.reporting.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignalRuleTest {

    private static final SignalRule TWO_LEVEL = rule(63, Direction.AT_LEAST, null);
    private static final SignalRule THREE_LEVEL = rule(90, Direction.AT_LEAST, new Tolerance(BigDecimal.TEN,
            BigDecimal.valueOf(15)));

    @Test
    void workedExample5ShowsFiveOfEightAs63PercentAndATargetOf63IsGreen() {
        Optional<BigDecimal> shown = SignalRule.percent(5, 8);

        assertThat(shown).contains(BigDecimal.valueOf(63));
        assertThat(TWO_LEVEL.assess(shown)).isEqualTo(Signal.GREEN);
    }

    @ParameterizedTest
    @CsvSource({ "1, 8, 13", "1, 3, 33", "2, 3, 67", "1, 200, 1", "1, 201, 0", "199, 200, 100", "0, 5, 0", "5, 5, 100",
            "29, 128, 23", "28, 128, 22", "58, 128, 45", "43, 56, 77", "17, 43, 40", "11, 43, 26", "15, 22, 68",
            "19, 21, 90" })
    void sharesAreWholePercentRoundedHalfUp(long numerator, long denominator, int percent) {
        assertThat(SignalRule.percent(numerator, denominator)).contains(BigDecimal.valueOf(percent));
    }

    @Test
    void theRoundedValueIsComparedNotTheExactShare() {
        // 62.5 % rounds to 63: GREEN against 63; 62.4 % (= 312/500) rounds to 62: RED
        assertThat(TWO_LEVEL.assess(SignalRule.percent(5, 8))).isEqualTo(Signal.GREEN);
        assertThat(TWO_LEVEL.assess(SignalRule.percent(312, 500))).isEqualTo(Signal.RED);
    }

    @ParameterizedTest
    @CsvSource({ "95, GREEN", "90, GREEN", "80, GREEN", "79, YELLOW", "77, YELLOW", "75, YELLOW", "74, RED", "0, RED" })
    void threeLevelBandsLieBelowTheTarget(int shown, Signal expected) {
        assertThat(THREE_LEVEL.assess(Optional.of(BigDecimal.valueOf(shown)))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "5, GREEN", "10, GREEN", "11, RED" })
    void atMostMirrorsAtLeast(int shown, Signal expected) {
        assertThat(rule(10, Direction.AT_MOST, null).assess(Optional.of(BigDecimal.valueOf(shown)))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "10, GREEN", "12, GREEN", "13, YELLOW", "14, YELLOW", "15, RED" })
    void atMostBandsLieAboveTheTarget(int shown, Signal expected) {
        SignalRule rule = rule(10, Direction.AT_MOST, new Tolerance(BigDecimal.valueOf(2), BigDecimal.valueOf(4)));
        assertThat(rule.assess(Optional.of(BigDecimal.valueOf(shown)))).isEqualTo(expected);
    }

    @Test
    void aZeroDenominatorIsNoDataNeverZeroPercent() {
        assertThat(SignalRule.percent(0, 0)).isEmpty();
        assertThat(TWO_LEVEL.assess(SignalRule.percent(0, 0))).isEqualTo(Signal.NO_DATA);
        assertThat(rule(0, Direction.AT_MOST, null).assess(Optional.empty())).isEqualTo(Signal.NO_DATA);
    }

    private static SignalRule rule(int target, Direction direction, Tolerance tolerance) {
        return new SignalRule(BigDecimal.valueOf(target), direction, tolerance);
    }
}
