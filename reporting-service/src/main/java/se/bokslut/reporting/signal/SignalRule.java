package se.bokslut.reporting.signal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The signal rules of the published accounts (SPEC §7). The value a reader sees — a share as a whole percent rounded
 * half up, 62.5 → 63 — is the value compared with the target, so the colour and the number never disagree.
 */
public record SignalRule(BigDecimal target, Direction direction, Tolerance tolerance) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** numerator / denominator as a whole percent, half up; empty when the denominator is 0. */
    public static Optional<BigDecimal> percent(long numerator, long denominator) {
        if (denominator == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP));
    }

    /** The signal of a shown value; an absent value is {@link Signal#NO_DATA}, never 0 %. */
    public Signal assess(Optional<BigDecimal> shown) {
        if (shown.isEmpty()) {
            return Signal.NO_DATA;
        }
        // distance on the wrong side of the target; ≤ 0 means the target is reached
        BigDecimal shortfall = direction == Direction.AT_MOST ? shown.get().subtract(target)
                : target.subtract(shown.get());
        if (shortfall.signum() <= 0) {
            return Signal.GREEN;
        }
        if (tolerance != null && tolerance.green() != null && shortfall.compareTo(tolerance.green()) <= 0) {
            return Signal.GREEN;
        }
        if (tolerance != null && tolerance.yellow() != null && shortfall.compareTo(tolerance.yellow()) <= 0) {
            return Signal.YELLOW;
        }
        return Signal.RED;
    }
}
