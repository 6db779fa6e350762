package se.bokslut.reporting.accounts;

import java.math.BigDecimal;

import se.bokslut.reporting.fulfilment.GoalFulfilment.GenderResult;
import se.bokslut.reporting.fulfilment.GoalFulfilment.IndicatorResult;
import se.bokslut.reporting.manual.BoardVerdict;
import se.bokslut.reporting.signal.Direction;
import se.bokslut.reporting.signal.Signal;
import se.bokslut.reporting.signal.Tolerance;

/** How the social accounts write figures in Swedish: "23 %", "29 av 128", decimal comma, the signal words. */
public final class Swedish {

    /** What a hidden cell shows, never with the reason (SPEC §14). */
    public static final String HIDDEN = "dolt";

    private Swedish() {
    }

    public static String number(BigDecimal value) {
        if (value == null) {
            return HIDDEN;
        }
        String plain = value.stripTrailingZeros().toPlainString().replace('.', ',');
        return plain.startsWith("-") ? "−" + plain.substring(1) : plain;
    }

    public static String count(Long value) {
        return value == null ? HIDDEN : String.valueOf(value);
    }

    /** The signal as a word (uppfyllt, delvis uppfyllt, inte uppfyllt, utfall saknas); null is a hidden status. */
    public static String signalWord(Signal signal) {
        if (signal == null) {
            return "Dolt";
        }
        return switch (signal) {
            case GREEN -> "Uppfyllt";
            case YELLOW -> "Delvis uppfyllt";
            case RED -> "Inte uppfyllt";
            case NO_DATA -> "Utfall saknas";
        };
    }

    /** The CSS class of a signal's colour. */
    public static String signalClass(Signal signal) {
        return signal == null ? "hidden" : signal.name().toLowerCase().replace('_', '-');
    }

    public static String verdictWord(BoardVerdict.Verdict verdict) {
        return switch (verdict) {
            case GREEN -> "Uppfyllt";
            case YELLOW -> "Delvis uppfyllt";
            case RED -> "Inte uppfyllt";
            case NOT_ASSESSED -> "Inte bedömt";
        };
    }

    /** A value in the indicator's unit: "23 %", "31", "−0,6", "Ja". */
    public static String value(String valueUnit, BigDecimal value) {
        if (value == null) {
            return null;
        }
        return switch (valueUnit) {
            case "PERCENT" -> number(value) + " %";
            case "YES_NO" -> value.signum() > 0 ? "Ja" : "Nej";
            default -> number(value);
        };
    }

    /** The result as published: "23 % (29 av 128)", a count, or "Utfall saknas"; hidden when the status is hidden. */
    public static String result(IndicatorResult result) {
        return result(result.valueUnit(), result.status(), result.value(), result.numerator(), result.denominator());
    }

    public static String result(String valueUnit, GenderResult result) {
        return result(valueUnit, result.status(), result.value(), result.numerator(), result.denominator());
    }

    private static String result(String valueUnit, Signal status, BigDecimal value, Long numerator, Long denominator) {
        if (status == null) {
            return HIDDEN;
        }
        if (value == null) {
            return "Utfall saknas";
        }
        String shown = value(valueUnit, value);
        if ("PERCENT".equals(valueUnit) && numerator != null && denominator != null) {
            return shown + " (" + numerator + " av " + denominator + ")";
        }
        return shown;
    }

    /** "minst 35 %", "högst 0", with the tolerance bands: "grönt inom 2, gult inom 4 procentenheter". */
    public static String target(IndicatorResult result) {
        if (result.target() == null) {
            return "Målnivå saknas";
        }
        String unit = "PERCENT".equals(result.valueUnit()) ? " %" : "";
        String target = "YES_NO".equals(result.valueUnit()) ? "Ja"
                : (result.direction() == Direction.AT_MOST ? "högst " : "minst ") + number(result.target()) + unit;
        Tolerance tolerance = result.tolerance();
        if (tolerance == null || (tolerance.green() == null && tolerance.yellow() == null)) {
            return target;
        }
        String bands = "PERCENT".equals(result.valueUnit()) ? " procentenheter" : "";
        StringBuilder text = new StringBuilder(target).append(" (");
        if (tolerance.green() != null) {
            text.append("grönt inom ").append(number(tolerance.green()));
        }
        if (tolerance.yellow() != null) {
            text.append(tolerance.green() != null ? ", " : "").append("gult inom ").append(number(tolerance.yellow()));
        }
        return text.append(bands).append(')').toString();
    }
}
