package se.bokslut.scoring.figures;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import se.bokslut.scoring.problem.InvalidParameterException;
import se.bokslut.scoring.problem.PersonalIdentityNumbers;

/** The validated parameters of a figures request: an association, its platforms and a date range. */
public record FigureQuery(String associationId, List<String> platformIds, LocalDate from, LocalDate to) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public static FigureQuery of(String associationId, List<String> platformIds, String from, String to) {
        requireId("associationId", associationId);
        if (platformIds == null || platformIds.isEmpty()) {
            throw new InvalidParameterException("platformId", "at least one platformId is required");
        }
        platformIds.forEach(platform -> requireId("platformId", platform));
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw new InvalidParameterException("to", "must not be before from");
        }
        return new FigureQuery(associationId, List.copyOf(platformIds), start, end);
    }

    /**
     * Refuses a value that is not a lower-case id such as ungdomstorget, or that holds a personal identity number,
     * naming the field (the answer never repeats the value).
     */
    public static void requireId(String field, String value) {
        if (value == null || !ID.matcher(value).matches() || PersonalIdentityNumbers.containsOne(value)) {
            throw new InvalidParameterException(field, "must be a lower-case id such as ungdomstorget");
        }
    }

    /** A page number or size given as text: a whole number from {@code min} to {@code max}, else 400 naming it. */
    public static int number(String field, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameterException(field, "must be a whole number from " + min + " to " + max);
    }

    /** Years scoring answers for; PostgreSQL's date range is narrower than Java's, and no figure is older. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;

    private static LocalDate date(String field, String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value == null ? "" : value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(field, "must be an ISO date such as 2019-01-01");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidParameterException(field, "must be a date from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return date;
    }
}
