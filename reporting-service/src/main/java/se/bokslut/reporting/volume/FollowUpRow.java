package se.bokslut.reporting.volume;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokslut.reporting.goal.GoalModel;
import se.bokslut.reporting.goal.Outcome;
import se.bokslut.reporting.report.ReportScope;
import se.bokslut.reporting.signal.SignalRule;

/**
 * The follow-ups of the closures in a period to one outcome group, some months after closure: how many closed, how
 * many of them were followed up, how many of those were employed. Groups are the year's outcome groups, or each
 * fine-grained outcome when the year has no goal model.
 */
@Schema(description = "Follow-ups of the period's closures to one outcome group after 6, 12 or 24 months")
public record FollowUpRow(
        @Schema(example = "WORK") String group,
        @Schema(example = "Arbete") String name,
        @Schema(example = "6") int monthsAfterClosure,
        @Schema(description = "Closures to the group in the period") GenderSplit closed,
        @Schema(description = "Of them followed up after the months") GenderSplit followedUp,
        @Schema(description = "Of those followed up, employed") GenderSplit employed,
        @Schema(description = "Followed up as a whole percentage of closed") Percentages followedUpPercent,
        @Schema(description = "Employed as a whole percentage of followed up") Percentages employedPercent) {

    public static final int[] MONTHS = { 6, 12, 24 };

    /** Whole percentages for women, men and total; null when the count or its base is hidden or the base is 0. */
    @Schema(description = "Whole percentages of women, men and total")
    public record Percentages(@Schema(nullable = true) Integer women, @Schema(nullable = true) Integer men,
            @Schema(nullable = true) Integer total) {

        public static Percentages of(GenderSplit part, GenderSplit base) {
            return new Percentages(percent(part.women(), base.women()), percent(part.men(), base.men()),
                    percent(part.total(), base.total()));
        }

        public static Integer percent(Long part, Long base) {
            if (part == null || base == null) {
                return null;
            }
            return SignalRule.percent(part, base).map(java.math.BigDecimal::intValue).orElse(null);
        }
    }

    /** One follow-up count as scoring reports it. */
    public record Count(String outcome, int monthsAfterClosure, long followedUp, long employed) {
    }

    /** The closures per outcome and the follow-up counts of one gender group. */
    public record Source(Map<String, Long> closedByOutcome, List<Count> followUps) {

        long closed(List<String> outcomes) {
            return outcomes.stream().mapToLong(o -> closedByOutcome == null ? 0 : closedByOutcome.getOrDefault(o, 0L))
                    .sum();
        }

        long followedUp(List<String> outcomes, int months) {
            return followUps.stream().filter(c -> c.monthsAfterClosure() == months && outcomes.contains(c.outcome()))
                    .mapToLong(Count::followedUp).sum();
        }

        long employed(List<String> outcomes, int months) {
            return followUps.stream().filter(c -> c.monthsAfterClosure() == months && outcomes.contains(c.outcome()))
                    .mapToLong(Count::employed).sum();
        }
    }

    /** A group of outcomes the rows are made for. */
    record OutcomeSet(String id, String name, List<String> outcomes) {
    }

    /** The rows of a scope, every group × 6, 12 and 24 months. */
    public static List<FollowUpRow> rows(ReportScope scope, Source women, Source men, Source total) {
        List<FollowUpRow> rows = new ArrayList<>();
        for (OutcomeSet set : sets(scope.goalModel().orElse(null))) {
            for (int months : MONTHS) {
                GenderSplit closed = new GenderSplit(women.closed(set.outcomes()), men.closed(set.outcomes()),
                        total.closed(set.outcomes()));
                GenderSplit followedUp = new GenderSplit(women.followedUp(set.outcomes(), months),
                        men.followedUp(set.outcomes(), months), total.followedUp(set.outcomes(), months));
                GenderSplit employed = new GenderSplit(women.employed(set.outcomes(), months),
                        men.employed(set.outcomes(), months), total.employed(set.outcomes(), months));
                rows.add(new FollowUpRow(set.id(), set.name(), months, closed, followedUp, employed,
                        Percentages.of(followedUp, closed), Percentages.of(employed, followedUp)));
            }
        }
        return rows;
    }

    /** The row with hidden counts and the percentages that follow from what is shown. */
    public FollowUpRow shown(GenderSplit closed, GenderSplit followedUp, GenderSplit employed) {
        return new FollowUpRow(group, name, monthsAfterClosure, closed, followedUp, employed,
                Percentages.of(followedUp, closed), Percentages.of(employed, followedUp));
    }

    private static List<OutcomeSet> sets(GoalModel model) {
        if (model != null && !model.outcomeGroups().isEmpty()) {
            return model.outcomeGroups().stream().map(group -> new OutcomeSet(group.id(), group.name(),
                    group.outcomes().stream().map(Outcome::name).toList())).toList();
        }
        return Arrays.stream(Outcome.values())
                .map(outcome -> new OutcomeSet(outcome.name(), OutcomeNames.name(outcome.name()),
                        List.of(outcome.name()))).toList();
    }
}
