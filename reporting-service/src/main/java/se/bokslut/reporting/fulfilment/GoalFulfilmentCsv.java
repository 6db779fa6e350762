package se.bokslut.reporting.fulfilment;

import java.util.function.Function;

import se.bokslut.reporting.fulfilment.GoalFulfilment.GenderResult;
import se.bokslut.reporting.manual.BoardVerdict;
import se.bokslut.reporting.report.Csv;

/** Goal fulfilment as one flat table: one row per indicator result and gender group (total, women, men, others). */
public final class GoalFulfilmentCsv {

    private GoalFulfilmentCsv() {
    }

    public static String write(GoalFulfilment fulfilment) {
        Csv csv = new Csv("association_id", "unit", "period", "goal_area", "goal", "indicator", "title", "kind",
                "gender", "numerator", "denominator", "value", "value_unit", "target", "direction", "status", "comment",
                "board_verdict", "board_motivation");
        fulfilment.goalAreas().forEach(area -> area.goals().forEach(goal -> goal.indicators().forEach(indicator -> {
            csv.row(fulfilment.associationId(), fulfilment.unit().id(), fulfilment.period(), area.id(), goal.id(),
                    indicator.id(), indicator.title(), indicator.kind(), "total", indicator.numerator(),
                    indicator.denominator(), indicator.value(), indicator.valueUnit(), indicator.target(),
                    indicator.direction(), indicator.status(), indicator.comment(), verdict(goal, BoardVerdict::status),
                    verdict(goal, BoardVerdict::motivation));
            indicator.byGender().forEach((gender, result) -> row(csv, fulfilment, area.id(), goal.id(), indicator,
                    gender, result));
        })));
        return csv.toString();
    }

    private static void row(Csv csv, GoalFulfilment fulfilment, String area, String goal,
            GoalFulfilment.IndicatorResult indicator, String gender, GenderResult result) {
        csv.row(fulfilment.associationId(), fulfilment.unit().id(), fulfilment.period(), area, goal, indicator.id(),
                indicator.title(), indicator.kind(), gender, result.numerator(), result.denominator(), result.value(),
                indicator.valueUnit(), indicator.target(), indicator.direction(), result.status(), null, null, null);
    }

    private static Object verdict(GoalFulfilment.GoalResult goal, Function<BoardVerdict, Object> part) {
        return goal.verdict() == null ? null : part.apply(goal.verdict());
    }
}
