package se.bokslut.reporting.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Background figures as scoring-service serves them (its {@code /api/v1/figures/background}); reporting's reading of
 * them. Persons are distinct across the platforms asked for.
 */
public record BackgroundFigures(String associationId, List<String> platformIds, LocalDate from, LocalDate to,
        Map<String, Group> groups) {

    public static final String WOMAN = "WOMAN";
    public static final String MAN = "MAN";
    public static final String TOTAL = "TOTAL";

    public Group group(String name) {
        Group group = groups == null ? null : groups.get(name);
        return group == null ? Group.EMPTY : group;
    }

    public record Group(Population participants, Population started, Map<String, Long> referralsByReferrer,
            Closures closures) {

        static final Group EMPTY = new Group(Population.EMPTY, Population.EMPTY, Map.of(), Closures.EMPTY);
    }

    public record Population(long persons, long episodes, long reReferredPersons, Map<String, Long> ageAtStart,
            Map<String, Long> education, Map<String, Long> incomeSupport, Map<String, Long> yearsOnPublicSupport,
            Map<String, Long> municipality) {

        static final Population EMPTY = new Population(0, 0, 0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    public record Closures(long closed, Map<String, Long> closedByOutcome, Map<String, Long> timeInPlatform,
            Double meanDaysInPlatform, Double medianDaysInPlatform, List<FollowUp> followUps) {

        static final Closures EMPTY = new Closures(0, Map.of(), Map.of(), null, null, List.of());
    }

    public record FollowUp(String outcome, int monthsAfterClosure, long followedUp, long employed) {
    }
}
