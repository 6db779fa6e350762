package se.bokslut.reporting.report;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.bokslut.reporting.goal.GoalModel;
import se.bokslut.reporting.goal.GoalModelService;
import se.bokslut.reporting.period.Period;
import se.bokslut.reporting.problem.InvalidInputException;
import se.bokslut.reporting.problem.UnknownResourceException;
import se.bokslut.reporting.reference.Association;
import se.bokslut.reporting.reference.ReferenceDataService;
import se.bokslut.reporting.reference.Unit;
import se.bokslut.reporting.reference.UnitGroup;
import se.bokslut.reporting.security.AccessDeniedException;
import se.bokslut.reporting.security.Caller;

/**
 * Turns report parameters into a {@link ReportScope}. A unit is a platform of the association, a unit group of the
 * year's goal model, or a standing unit group of the reference data, looked up in that order.
 */
@ApplicationScoped
public class ReportScopes {

    @Inject
    ReferenceDataService referenceData;

    @Inject
    GoalModelService goalModels;

    @Inject
    Caller caller;

    public ReportScope resolve(String associationId, String unitId, String year, String periodText) {
        if (associationId == null || associationId.isBlank()) {
            throw InvalidInputException.badParameter("associationId", "is required");
        }
        if (unitId == null || unitId.isBlank()) {
            throw InvalidInputException.badParameter("unit", "is required: a platform or unit group id");
        }
        caller.requireAssociation(associationId, "associationId");
        Period period = period(year, periodText);
        if (period.kind() != Period.Kind.YEAR && !caller.isAnalyst()) {
            // a year against its tertials, quarters and months would give hidden counts away (docs/security.md §5)
            throw new AccessDeniedException("period", "BI readers see whole years: leave period out or give a year");
        }
        Association association = referenceData.get(associationId);
        Optional<GoalModel> model = goalModels.find(associationId, period.year());
        return new ReportScope(associationId, unit(association, unitId, model), period, model);
    }

    static Period period(String yearText, String periodText) {
        Integer year = null;
        if (yearText != null && !yearText.isBlank()) {
            try {
                year = Period.year(Integer.parseInt(yearText.trim())).year();
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.badParameter("year",
                        "must be a year between " + Period.FIRST_YEAR + " and " + Period.LAST_YEAR);
            }
        }
        if (periodText == null || periodText.isBlank()) {
            if (year == null) {
                throw InvalidInputException.badParameter("year", "is required unless period is given");
            }
            return Period.year(year);
        }
        Period period;
        try {
            period = Period.parse(periodText);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.badParameter("period", e.getMessage());
        }
        if (year != null && year.intValue() != period.year()) {
            throw InvalidInputException.badParameter("period", "must lie in the year " + year);
        }
        return period;
    }

    /** The unit, or 404 naming {@code unit} when it is none of the association's or the model's. */
    static Unit unit(Association association, String unitId, Optional<GoalModel> model) {
        return findUnit(association, unitId, model).orElseThrow(() -> new UnknownResourceException("unit",
                "is neither a platform nor a unit group of " + association.id()));
    }

    /** A platform of the association, a unit group of the model, or a standing unit group, in that order. */
    public static Optional<Unit> findUnit(Association association, String unitId, Optional<GoalModel> model) {
        var platform = association.platforms().stream().filter(p -> p.id().equals(unitId)).findFirst();
        if (platform.isPresent()) {
            return Optional.of(new Unit(unitId, platform.get().name(), Unit.Kind.PLATFORM, List.of(unitId)));
        }
        Optional<UnitGroup> group = model.flatMap(m -> m.unitGroup(unitId))
                .or(() -> association.unitGroups().stream().filter(g -> g.id().equals(unitId)).findFirst());
        return group.map(g -> new Unit(g.id(), g.name(), Unit.Kind.UNIT_GROUP, g.platformIds()));
    }
}
