package se.bokslut.reporting.fulfilment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.bokslut.reporting.fulfilment.GoalFulfilment.AreaResult;
import se.bokslut.reporting.fulfilment.GoalFulfilment.GenderResult;
import se.bokslut.reporting.fulfilment.GoalFulfilment.GoalResult;
import se.bokslut.reporting.fulfilment.GoalFulfilment.IndicatorResult;
import se.bokslut.reporting.goal.IndicatorKind;
import se.bokslut.reporting.privacy.SmallCounts;
import se.bokslut.reporting.signal.CompositeIndex;
import se.bokslut.reporting.privacy.Suppression;

/**
 * Goal fulfilment as a BI reader may see it: in every indicator, numerators and denominators of 1 to the threshold
 * are hidden with the cells that would give them away; a result whose numerator or denominator is hidden shows
 * neither value nor status, and the status summaries count it as suppressed rather than by its colour.
 */
public final class GoalFulfilmentProtection {

    private GoalFulfilmentProtection() {
    }

    public static GoalFulfilment protect(GoalFulfilment fulfilment, int threshold) {
        List<SmallCounts.Suppressed> suppressed = new ArrayList<>();
        List<AreaResult> areas = new ArrayList<>();
        for (AreaResult area : fulfilment.goalAreas()) {
            List<GoalResult> goals = new ArrayList<>();
            for (GoalResult goal : area.goals()) {
                List<IndicatorResult> indicators = goal.indicators().stream()
                        .map(indicator -> protect(indicator, threshold, suppressed)).toList();
                goals.add(new GoalResult(goal.id(), goal.title(), indicators,
                        StatusSummary.of(indicators.stream().map(IndicatorResult::status).toList()), goal.verdict()));
            }
            StatusSummary summary = goals.stream().map(GoalResult::summary).reduce(StatusSummary.NONE,
                    StatusSummary::plus);
            // the index counts only the statuses a BI reader sees; suppressed results are left out like NO_DATA
            areas.add(new AreaResult(area.id(), area.title(), goals, summary, rescored(area.index(), summary)));
        }
        return new GoalFulfilment(fulfilment.associationId(), fulfilment.unit(), fulfilment.period(), fulfilment.from(),
                fulfilment.to(), fulfilment.goalModelVersion(), areas,
                areas.stream().map(AreaResult::summary).reduce(StatusSummary.NONE, StatusSummary::plus),
                CompositeIndex.total(areas.stream().map(AreaResult::index).toList()),
                Suppression.of(threshold, suppressed));
    }

    private static IndicatorResult protect(IndicatorResult result, int threshold,
            List<SmallCounts.Suppressed> suppressed) {
        String id = result.id();
        SmallCounts counts = new SmallCounts(threshold)
                .cell(id + ".numerator.total", result.numerator())
                .cell(id + ".denominator.total", result.denominator());
        result.byGender().forEach((gender, group) -> counts
                .cell(id + ".numerator." + gender, group.numerator())
                .cell(id + ".denominator." + gender, group.denominator()));
        // a response rate splits women and men only; every other kind's groups add up to the total
        boolean hasRest = result.kind() == IndicatorKind.RESPONSE_RATE;
        for (String measure : List.of("numerator", "denominator")) {
            counts.sum(id + "." + measure + ".total", result.byGender().keySet().stream()
                    .map(gender -> id + "." + measure + "." + gender).toList(), hasRest);
        }
        suppressed.addAll(counts.protect());

        Map<String, GenderResult> byGender = new LinkedHashMap<>();
        result.byGender().forEach((gender, group) -> byGender.put(gender,
                hidden(counts, id, gender) ? new GenderResult(null, null, null, null) : group));
        if (hidden(counts, id, "total")) {
            return new IndicatorResult(id, result.title(), result.kind(), null, null, null, result.valueUnit(),
                    result.target(), result.direction(), result.tolerance(), null, null, null, result.comment(), byGender);
        }
        return new IndicatorResult(id, result.title(), result.kind(), result.numerator(), result.denominator(),
                result.value(), result.valueUnit(), result.target(), result.direction(), result.tolerance(),
                result.status(), result.answered(), result.responseRate(), result.comment(), byGender);
    }

    private static boolean hidden(SmallCounts counts, String id, String group) {
        return counts.isSuppressed(id + ".numerator." + group) || counts.isSuppressed(id + ".denominator." + group);
    }

    /** The area's index over the statuses left visible, with the points per status and budget it was counted with. */
    private static CompositeIndex rescored(CompositeIndex index, StatusSummary visible) {
        return CompositeIndex.of(visible.green(), visible.yellow(), visible.red(), index.pointsPerStatus(),
                index.budget());
    }
}
