package se.bokslut.reporting.years;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.bokslut.reporting.figures.VolumeFigures;
import se.bokslut.reporting.fulfilment.FulfilmentFigures;
import se.bokslut.reporting.fulfilment.GoalFulfilment;
import se.bokslut.reporting.fulfilment.FulfilmentTable;
import se.bokslut.reporting.fulfilment.GoalFulfilmentService;
import se.bokslut.reporting.goal.GoalModel;
import se.bokslut.reporting.goal.GoalModelService;
import se.bokslut.reporting.manual.ManualEntries;
import se.bokslut.reporting.manual.ManualInputService;
import se.bokslut.reporting.period.Period;
import se.bokslut.reporting.disclosure.DisclosureControl;
import se.bokslut.reporting.problem.InvalidInputException;
import se.bokslut.reporting.problem.UnknownResourceException;
import se.bokslut.reporting.reference.Association;
import se.bokslut.reporting.reference.ReferenceDataService;
import se.bokslut.reporting.reference.Unit;
import se.bokslut.reporting.report.ReportScope;
import se.bokslut.reporting.report.ReportScopes;
import se.bokslut.reporting.security.Caller;
import se.bokslut.reporting.volume.VolumeReport;
import se.bokslut.reporting.volume.VolumeReportService;

/**
 * Gathers each year of a range, from scoring's figures for that year, under the year's own goal model or under one
 * year's model for all ({@code definitionsOf}), with the assessment of goal fulfilment and the volume table, and hands
 * them to {@link YearsTable}. BI readers get each year's results protected as in those two reports.
 */
@ApplicationScoped
public class YearsReportService {

    /** The most years one report covers. */
    public static final int MAX_YEARS = 20;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    GoalModelService goalModels;

    @Inject
    GoalFulfilmentService fulfilment;

    @Inject
    VolumeReportService volumes;

    @Inject
    ManualInputService manual;

    @Inject
    Caller caller;

    @Inject
    DisclosureControl disclosure;

    @Inject
    FulfilmentTable fulfilmentTable;

    public YearsReport reportFor(String associationId, String unitId, String fromText, String toText,
            String definitionsText) {
        return reportFor(associationId, unitId, fromText, toText, definitionsText, caller.isAnalyst());
    }

    /** The report as an analyst ({@code everyCount}) or a BI reader sees it, whoever calls (for the social accounts). */
    public YearsReport reportFor(String associationId, String unitId, String fromText, String toText,
            String definitionsText, boolean everyCount) {
        if (associationId == null || associationId.isBlank()) {
            throw InvalidInputException.badParameter("associationId", "is required");
        }
        if (unitId == null || unitId.isBlank()) {
            throw InvalidInputException.badParameter("unit", "is required: a platform or unit group id");
        }
        caller.requireAssociation(associationId, "associationId");
        int fromYear = year("fromYear", fromText, true);
        int toYear = year("toYear", toText, true);
        if (toYear < fromYear) {
            throw InvalidInputException.badParameter("toYear", "must not be before fromYear " + fromYear);
        }
        if (toYear - fromYear + 1 > MAX_YEARS) {
            throw InvalidInputException.badParameter("toYear", "must be at most " + MAX_YEARS
                    + " years on from fromYear (at most " + (fromYear + MAX_YEARS - 1) + ")");
        }
        Integer definitionsYear = definitionsText == null || definitionsText.isBlank() ? null
                : year("definitionsOf", definitionsText, false);
        Association association = referenceData.get(associationId);
        Optional<GoalModel> definitions = definitionsYear == null ? Optional.empty()
                : Optional.of(goalModels.find(associationId, definitionsYear).orElseThrow(
                        () -> new UnknownResourceException("definitionsOf", "no goal model for " + associationId + " "
                                + definitionsYear + " to take the definitions from")));

        List<YearsTable.Year> years = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            years.add(year(association, unitId, year, definitions, everyCount));
        }
        if (years.stream().allMatch(year -> year.unit().isEmpty())) {
            throw new UnknownResourceException("unit", "is neither a platform nor a unit group of " + associationId
                    + (definitions.isPresent() ? " under the " + definitionsYear + " goal model"
                            : " in any year from " + fromYear + " to " + toYear));
        }
        return YearsTable.build(associationId, unitId, fromYear, toYear, definitions, years);
    }

    private YearsTable.Year year(Association association, String unitId, int year, Optional<GoalModel> definitions,
            boolean everyCount) {
        Optional<GoalModel> own = goalModels.find(association.id(), year);
        Optional<GoalModel> used = definitions.isPresent() ? definitions : own;
        Optional<Unit> unit = ReportScopes.findUnit(association, unitId, used);
        if (unit.isEmpty()) {
            return new YearsTable.Year(year, own, used, unit, false, null, null, null);
        }
        ReportScope scope = new ReportScope(association.id(), unit.get(), Period.year(year), used);
        FulfilmentFigures figures = fulfilment.figures(scope);
        boolean hasFigures = hasFigures(figures.volume());
        VolumeReport volume = volumes.reportFor(scope, figures.volume(), everyCount);
        GoalFulfilment computed = null;
        GoalFulfilment shown = null;
        if (used.isPresent()) {
            ManualEntries entered = manual.entered(association.id(), year, unit.get().id());
            if (definitions.isPresent()) {
                entered = IndicatorKeys.entriesUnder(definitions.get(), own, entered);
            }
            computed = GoalFulfilmentService.assess(scope, used.get(), figures, entered);
            shown = everyCount ? computed : disclosure.shown(fulfilmentTable, scope, computed);
        }
        return new YearsTable.Year(year, own, used, unit, hasFigures, computed, shown, volume);
    }

    /** Whether scoring knows anything of the unit in the year: any participant, referral or closure. */
    static boolean hasFigures(VolumeFigures volume) {
        VolumeFigures.GroupFigures total = volume.group(VolumeFigures.TOTAL);
        return total.participants() + total.started() + total.referrals() + total.closed() + total.preparationYes()
                + total.preparationNo() > 0;
    }

    private static int year(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.badParameter(field, required ? "is required: a year such as 2019" : "is empty");
        }
        try {
            int year = Integer.parseInt(text.trim());
            return Period.year(year).year();
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.badParameter(field,
                    "must be a year between " + Period.FIRST_YEAR + " and " + Period.LAST_YEAR);
        }
    }
}
