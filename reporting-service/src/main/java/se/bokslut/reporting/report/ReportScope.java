package se.bokslut.reporting.report;

import java.util.Optional;

import se.bokslut.reporting.goal.GoalModel;
import se.bokslut.reporting.period.Period;
import se.bokslut.reporting.reference.Unit;

/** What a report covers: an association's unit over a period, with the goal model of the period's year if any. */
public record ReportScope(String associationId, Unit unit, Period period, Optional<GoalModel> goalModel) {
}
