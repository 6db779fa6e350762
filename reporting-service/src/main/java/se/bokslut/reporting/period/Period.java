package se.bokslut.reporting.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a calendar year ({@code 2019}), a tertial ({@code 2019-T1}: Jan–Apr, May–Aug, Sep–Dec, as
 * Swedish municipalities report), a quarter ({@code 2019-Q2}) or a month ({@code 2019-05}).
 */
public record Period(int year, Kind kind, int index) {

    public enum Kind {
        YEAR(12), TERTIAL(4), QUARTER(3), MONTH(1);

        private final int months;

        Kind(int months) {
            this.months = months;
        }

        public int months() {
            return months;
        }

        int partsPerYear() {
            return 12 / months;
        }
    }

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(?:T([1-3])|Q([1-4])|(0[1-9]|1[0-2])))?");
    public static final int FIRST_YEAR = 2004;
    public static final int LAST_YEAR = 2100;

    public Period {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        if (index < 1 || index > kind.partsPerYear()) {
            throw new IllegalArgumentException("no " + kind + " " + index);
        }
    }

    public static Period year(int year) {
        return new Period(year, Kind.YEAR, 1);
    }

    /** Parses 2019, 2019-T1, 2019-Q2 or 2019-05; anything else is an {@link IllegalArgumentException}. */
    public static Period parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("must be a year (2019), tertial (2019-T1), quarter (2019-Q2) or month (2019-05)");
        }
        int year = Integer.parseInt(matcher.group(1));
        if (matcher.group(2) != null) {
            return new Period(year, Kind.TERTIAL, Integer.parseInt(matcher.group(2)));
        }
        if (matcher.group(3) != null) {
            return new Period(year, Kind.QUARTER, Integer.parseInt(matcher.group(3)));
        }
        if (matcher.group(4) != null) {
            return new Period(year, Kind.MONTH, Integer.parseInt(matcher.group(4)));
        }
        return year(year);
    }

    public LocalDate from() {
        return YearMonth.of(year, (index - 1) * kind.months() + 1).atDay(1);
    }

    public LocalDate to() {
        return YearMonth.of(year, index * kind.months()).atEndOfMonth();
    }

    /** The periods of the given kind that make up this one, in order (the year's four quarters, say). */
    public List<Period> parts(Kind partKind) {
        if (partKind.months() > kind.months()) {
            throw new IllegalArgumentException(partKind + " is longer than " + kind);
        }
        List<Period> parts = new ArrayList<>();
        int firstMonth = (index - 1) * kind.months();
        for (int month = firstMonth; month < firstMonth + kind.months(); month += partKind.months()) {
            parts.add(new Period(year, partKind, month / partKind.months() + 1));
        }
        return parts;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case TERTIAL -> year + "-T" + index;
            case QUARTER -> year + "-Q" + index;
            case MONTH -> "%d-%02d".formatted(year, index);
        };
    }
}
