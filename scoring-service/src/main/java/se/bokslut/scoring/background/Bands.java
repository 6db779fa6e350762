package se.bokslut.scoring.background;

import java.time.LocalDate;
import java.util.List;

/**
 * The bands of SPEC §12. Plain rules, each tested on its own.
 * <ul>
 * <li>Age at start: profiles carry the year of birth only, so the age at start is the age reached in the calendar
 * year of the start ({@code start year − birth year}). A person whose birthday is on the start date has that age; so
 * has one whose birthday comes later that year. Missing year of birth: {@code UNKNOWN}.</li>
 * <li>Years on public support before start: 0, 1–3, 4–6, 7 or more, {@code UNKNOWN} when not given.</li>
 * <li>Time in the platform: whole calendar months from start to closure; a closure exactly three months after the
 * start is in 3–6 months, and so on at every boundary.</li>
 * </ul>
 */
public final class Bands {

    public static final String UNKNOWN = "UNKNOWN";
    public static final List<String> AGE = List.of("UNDER_16", "16_19", "20_24", "25_29", "30_39", "40_49", "50_59",
            "60_64", "65_PLUS", UNKNOWN);
    public static final List<String> YEARS_ON_SUPPORT = List.of("0", "1_3", "4_6", "7_PLUS", UNKNOWN);
    public static final List<String> TIME_IN_PLATFORM = List.of("UNDER_3_MONTHS", "3_6_MONTHS", "6_12_MONTHS",
            "12_24_MONTHS", "OVER_24_MONTHS");

    private Bands() {
    }

    public static String age(Integer birthYear, LocalDate startedOn) {
        if (birthYear == null) {
            return UNKNOWN;
        }
        int age = startedOn.getYear() - birthYear;
        if (age < 16) {
            return "UNDER_16";
        } else if (age <= 19) {
            return "16_19";
        } else if (age <= 24) {
            return "20_24";
        } else if (age <= 29) {
            return "25_29";
        } else if (age <= 39) {
            return "30_39";
        } else if (age <= 49) {
            return "40_49";
        } else if (age <= 59) {
            return "50_59";
        } else if (age <= 64) {
            return "60_64";
        }
        return "65_PLUS";
    }

    public static String yearsOnSupport(Integer years) {
        if (years == null) {
            return UNKNOWN;
        } else if (years == 0) {
            return "0";
        } else if (years <= 3) {
            return "1_3";
        } else if (years <= 6) {
            return "4_6";
        }
        return "7_PLUS";
    }

    public static String timeInPlatform(LocalDate startedOn, LocalDate closedOn) {
        if (closedOn.isBefore(startedOn.plusMonths(3))) {
            return "UNDER_3_MONTHS";
        } else if (closedOn.isBefore(startedOn.plusMonths(6))) {
            return "3_6_MONTHS";
        } else if (closedOn.isBefore(startedOn.plusMonths(12))) {
            return "6_12_MONTHS";
        } else if (closedOn.isBefore(startedOn.plusMonths(24))) {
            return "12_24_MONTHS";
        }
        return "OVER_24_MONTHS";
    }
}
