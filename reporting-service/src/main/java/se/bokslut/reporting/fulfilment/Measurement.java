package se.bokslut.reporting.fulfilment;

import java.math.BigDecimal;
import java.util.Optional;

import se.bokslut.reporting.signal.SignalRule;

/**
 * What an indicator measured for one gender group: a share (numerator of denominator, shown as a whole percent), a
 * count, or nothing (NO_DATA).
 */
public record Measurement(Long numerator, Long denominator, Optional<BigDecimal> value) {

    public static Measurement share(long numerator, long denominator) {
        return new Measurement(numerator, denominator, SignalRule.percent(numerator, denominator));
    }

    public static Measurement count(long count) {
        return new Measurement(count, null, Optional.of(BigDecimal.valueOf(count)));
    }

    public static Measurement noData() {
        return new Measurement(null, null, Optional.empty());
    }

    /** The part of a total that is neither women nor men (others and unspecified). */
    public static Measurement others(Measurement total, Measurement women, Measurement men) {
        if (total.numerator == null) {
            return noData();
        }
        long numerator = total.numerator - women.numerator - men.numerator;
        if (total.denominator == null) {
            return count(numerator);
        }
        return share(numerator, total.denominator - women.denominator - men.denominator);
    }
}
