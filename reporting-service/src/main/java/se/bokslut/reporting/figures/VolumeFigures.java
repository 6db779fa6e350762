package se.bokslut.reporting.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Volume figures as scoring-service serves them (its {@code /api/v1/figures/volume}); reporting's reading of them. */
public record VolumeFigures(String associationId, List<String> platformIds, LocalDate from, LocalDate to, String tag,
        Map<String, GroupFigures> groups) {

    public static final String WOMAN = "WOMAN";
    public static final String MAN = "MAN";
    public static final String TOTAL = "TOTAL";

    public GroupFigures group(String name) {
        GroupFigures group = groups == null ? null : groups.get(name);
        return group == null ? GroupFigures.EMPTY : group;
    }

    public record GroupFigures(long participants, long persons, long started, long referrals, long preparationYes,
            long preparationNo, long closed, Map<String, Long> closedByOutcome, long remaining, Double meanDaysToClosure,
            Double medianDaysToClosure, List<FollowUpFigures> followUps) {

        static final GroupFigures EMPTY = new GroupFigures(0, 0, 0, 0, 0, 0, 0, Map.of(), 0, null, null, List.of());

        public long closedTo(Iterable<String> outcomes) {
            long sum = 0;
            for (String outcome : outcomes) {
                sum += closedByOutcome == null ? 0 : closedByOutcome.getOrDefault(outcome, 0L);
            }
            return sum;
        }
    }

    public record FollowUpFigures(String outcome, int monthsAfterClosure, long followedUp, long employed) {
    }
}
