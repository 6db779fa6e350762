package se.bokslut.reporting.fulfilment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.bokslut.reporting.disclosure.Cells;
import se.bokslut.reporting.disclosure.FigureMemo;
import se.bokslut.reporting.disclosure.LinkedTable;
import se.bokslut.reporting.figures.FiguresService;
import se.bokslut.reporting.fulfilment.GoalFulfilment.AreaResult;
import se.bokslut.reporting.fulfilment.GoalFulfilment.GenderResult;
import se.bokslut.reporting.fulfilment.GoalFulfilment.GoalResult;
import se.bokslut.reporting.fulfilment.GoalFulfilment.IndicatorResult;
import se.bokslut.reporting.goal.IndicatorKind;
import se.bokslut.reporting.manual.ManualEntries;
import se.bokslut.reporting.privacy.Suppression;
import se.bokslut.reporting.question.QuestionService;
import se.bokslut.reporting.report.ReportScope;
import se.bokslut.reporting.signal.CompositeIndex;
import se.bokslut.reporting.volume.VolumeTable;

/**
 * Goal fulfilment as a BI reader may see it: in every indicator, numerators and denominators of 1 to the threshold
 * are hidden with the cells that would give them away; a result whose numerator or denominator is hidden shows
 * neither value nor status, and the status summaries count it as suppressed rather than by its colour. A survey
 * share's response rate is a share of the respondents in the closures, so it is hidden with either of them.
 */
@ApplicationScoped
public class FulfilmentTable implements LinkedTable<GoalFulfilment> {

    @Inject
    FiguresService figures;

    @Inject
    QuestionService questions;

    @Override
    public String name() {
        return "fulfilment";
    }

    @Override
    public Optional<GoalFulfilment> compute(ReportScope scope, FigureMemo memo) {
        if (scope.goalModel().isEmpty()) {
            return Optional.empty();
        }
        String key = scope.unit().platformIds() + "|" + scope.period();
        FulfilmentFigures unitFigures = new FulfilmentFigures(VolumeTable.volume(scope, memo, figures),
                tag -> memo.get("volume|" + key + "|" + tag, () -> figures.volume(scope, tag)),
                () -> memo.get("surveys|" + key, () -> figures.surveys(scope)),
                memo.get("questions|" + scope.associationId(), () -> questions.lookup(scope.associationId())));
        // manual results carry no counts: the grid needs none of the entries
        return Optional.of(GoalFulfilmentService.assess(scope, scope.goalModel().get(), unitFigures,
                ManualEntries.NONE));
    }

    /** The fulfilment protected on its own (for the rules' tests). */
    public static GoalFulfilment protect(GoalFulfilment fulfilment, int threshold) {
        FulfilmentTable table = new FulfilmentTable();
        Cells cells = Cells.alone(threshold);
        table.declare(fulfilment, cells);
        return table.shown(fulfilment, cells.protect());
    }

    @Override
    public void declare(GoalFulfilment fulfilment, Cells counts) {
        for (AreaResult area : fulfilment.goalAreas()) {
            for (GoalResult goal : area.goals()) {
                goal.indicators().forEach(indicator -> declare(indicator, counts));
            }
        }
    }

    private static void declare(IndicatorResult result, Cells counts) {
        String id = result.id();
        counts.cell(id + ".numerator.total", result.numerator()).cell(id + ".denominator.total", result.denominator());
        result.byGender().forEach((gender, group) -> counts
                .cell(id + ".numerator." + gender, group.numerator())
                .cell(id + ".denominator." + gender, group.denominator()));
        // a response rate splits women and men only; every other kind's groups add up to the total
        boolean hasRest = result.kind() == IndicatorKind.RESPONSE_RATE;
        for (String measure : List.of("numerator", "denominator")) {
            counts.sum(id + "." + measure + ".total", result.byGender().keySet().stream()
                    .map(gender -> id + "." + measure + "." + gender).toList(), hasRest);
        }
        if (result.responseRate() != null) {
            counts.cell(id + ".respondents.total", result.respondents()).cell(id + ".closures.total",
                    result.closures());
        }
    }

    @Override
    public GoalFulfilment shown(GoalFulfilment fulfilment, Cells counts) {
        List<AreaResult> areas = new ArrayList<>();
        for (AreaResult area : fulfilment.goalAreas()) {
            List<GoalResult> goals = new ArrayList<>();
            for (GoalResult goal : area.goals()) {
                List<IndicatorResult> indicators = goal.indicators().stream()
                        .map(indicator -> shown(indicator, counts)).toList();
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
                new Suppression(counts.threshold(), counts.hidden()));
    }

    private static IndicatorResult shown(IndicatorResult result, Cells counts) {
        String id = result.id();
        Map<String, GenderResult> byGender = new LinkedHashMap<>();
        result.byGender().forEach((gender, group) -> byGender.put(gender,
                hidden(counts, id, gender) ? new GenderResult(null, null, null, null) : group));
        if (hidden(counts, id, "total")) {
            return new IndicatorResult(id, result.title(), result.kind(), null, null, null, result.valueUnit(),
                    result.target(), result.direction(), result.tolerance(), null, null, null, result.comment(), byGender);
        }
        boolean rateShown = result.responseRate() != null && !counts.isSuppressed(id + ".respondents.total")
                && !counts.isSuppressed(id + ".closures.total")
                && !counts.table(counts.sibling("volume")).isSuppressed("closed.total");
        return new IndicatorResult(id, result.title(), result.kind(), result.numerator(), result.denominator(),
                result.value(), result.valueUnit(), result.target(), result.direction(), result.tolerance(),
                result.status(), result.answered(), rateShown ? result.responseRate() : null, result.comment(), byGender);
    }

    private static boolean hidden(Cells counts, String id, String group) {
        return counts.isSuppressed(id + ".numerator." + group) || counts.isSuppressed(id + ".denominator." + group);
    }

    /** The area's index over the statuses left visible, with the points per status and budget it was counted with. */
    private static CompositeIndex rescored(CompositeIndex index, StatusSummary visible) {
        return CompositeIndex.of(visible.green(), visible.yellow(), visible.red(), index.pointsPerStatus(),
                index.budget());
    }
}
