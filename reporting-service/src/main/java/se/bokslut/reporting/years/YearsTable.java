package se.bokslut.reporting.years;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import se.bokslut.reporting.fulfilment.GoalFulfilment;
import se.bokslut.reporting.fulfilment.GoalFulfilment.IndicatorResult;
import se.bokslut.reporting.fulfilment.GoalFulfilmentService;
import se.bokslut.reporting.goal.GoalModel;
import se.bokslut.reporting.goal.Indicator;
import se.bokslut.reporting.privacy.Suppression;
import se.bokslut.reporting.reference.Unit;
import se.bokslut.reporting.signal.Signal;
import se.bokslut.reporting.volume.VolumeReport;
import se.bokslut.reporting.years.YearsReport.Code;
import se.bokslut.reporting.years.YearsReport.Headline;
import se.bokslut.reporting.years.YearsReport.IndicatorSeries;
import se.bokslut.reporting.years.YearsReport.Reason;
import se.bokslut.reporting.years.YearsReport.YearResult;
import se.bokslut.reporting.years.YearsReport.YearSummary;

/**
 * Puts the years side by side: one series per indicator key with a result for every year, and says why a year or a
 * result has nothing to show instead of leaving it out or showing 0. Plain Java; the service gathers each year's
 * goal fulfilment and volume table, this class only arranges and explains them.
 */
public final class YearsTable {

    private YearsTable() {
    }

    /**
     * What is known of one year: its own goal model, the model its results use (its own, or the definitions year's),
     * the unit under that model, whether scoring has facts of the unit, the goal fulfilment as computed and as the
     * caller may see it, and the volume table as the caller may see it. The last three are null when there is nothing.
     */
    public record Year(int year, Optional<GoalModel> ownModel, Optional<GoalModel> usedModel, Optional<Unit> unit,
            boolean hasFigures, GoalFulfilment computed, GoalFulfilment shown, VolumeReport volume) {
    }

    public static YearsReport build(String associationId, String unitId, int fromYear, int toYear,
            Optional<GoalModel> definitions, List<Year> years) {
        List<IndicatorKeys.Match> matches = definitions.map(model -> IndicatorKeys.match(new TreeMap<>(
                Map.of(model.year(), model)))).orElseGet(() -> {
                    TreeMap<Integer, GoalModel> models = new TreeMap<>();
                    years.forEach(year -> year.ownModel().ifPresent(model -> models.put(year.year(), model)));
                    return IndicatorKeys.match(models);
                });
        List<IndicatorSeries> series = new ArrayList<>();
        for (IndicatorKeys.Match match : matches) {
            if (years.stream().noneMatch(year -> applies(match, year, definitions))) {
                continue; // never assessed for this unit in the range
            }
            List<YearResult> results = years.stream().map(year -> result(match, year, definitions, unitId)).toList();
            series.add(new IndicatorSeries(match.key(), match.newest().title(), results));
        }
        List<YearSummary> summaries = years.stream().map(year -> summary(associationId, unitId, year, definitions))
                .toList();
        return new YearsReport(associationId, unitId, fromYear, toYear, definitions.map(GoalModel::year).orElse(null),
                summaries, series, suppression(years));
    }

    private static YearSummary summary(String associationId, String unitId, Year year,
            Optional<GoalModel> definitions) {
        List<Reason> reasons = new ArrayList<>();
        if (definitions.isEmpty() && year.ownModel().isEmpty()) {
            reasons.add(new Reason(Code.NO_GOAL_MODEL, associationId + " has no goal model for " + year.year()));
        }
        if (year.unit().isEmpty()) {
            reasons.add(new Reason(Code.UNKNOWN_UNIT, unitId + " is neither a platform nor a unit group of "
                    + associationId + " in " + year.year()));
        } else if (!year.hasFigures()) {
            reasons.add(new Reason(Code.NO_FIGURES, "no participant facts of " + unitId + " in " + year.year()));
        }
        VolumeReport volume = year.volume();
        Headline headline = volume == null || !year.hasFigures() ? null
                : new Headline(volume.participants(), volume.started(), volume.closed(), volume.remaining());
        return new YearSummary(year.year(), year.usedModel().map(GoalModel::year).orElse(null),
                year.usedModel().map(GoalModel::version).orElse(null), year.unit().orElse(null), headline, reasons);
    }

    private static boolean applies(IndicatorKeys.Match match, Year year, Optional<GoalModel> definitions) {
        Optional<Indicator> indicator = definitions.isPresent() ? Optional.of(match.newest())
                : match.in(year.year());
        return year.usedModel().isPresent() && year.unit().isPresent() && indicator.isPresent()
                && GoalFulfilmentService.appliesTo(indicator.get(), year.usedModel().get(), year.unit().get().id());
    }

    private static YearResult result(IndicatorKeys.Match match, Year year, Optional<GoalModel> definitions,
            String unitId) {
        int y = year.year();
        Optional<Indicator> found = definitions.isPresent() ? Optional.of(match.newest()) : match.in(y);
        if (year.unit().isEmpty()) {
            return missing(year, found, Code.UNKNOWN_UNIT, unitId + " is neither a platform nor a unit group in " + y);
        }
        if (year.usedModel().isEmpty()) {
            return missing(year, found, Code.NO_GOAL_MODEL, "no goal model for " + y);
        }
        if (found.isEmpty()) {
            return missing(year, found, Code.NOT_IN_MODEL, "the " + y + " goal model has no indicator with key "
                    + match.key());
        }
        Indicator indicator = found.get();
        if (!applies(match, year, definitions)) {
            return missing(year, found, Code.NOT_ASSESSED_FOR_UNIT, "indicator " + indicator.id() + " of the "
                    + year.usedModel().get().year() + " goal model is not assessed for " + unitId);
        }
        if (!year.hasFigures() && !indicator.kind().isManual()) {
            return missing(year, found, Code.NO_FIGURES, "no participant facts of " + unitId + " in " + y);
        }
        IndicatorResult computed = results(year.computed()).get(indicator.id());
        IndicatorResult shown = results(year.shown()).get(indicator.id());
        Reason reason = shown.status() == null ? null : reason(indicator, computed, year, definitions.isPresent());
        return new YearResult(y, year.usedModel().get().year(), shown.id(), shown.title(), shown.kind(),
                shown.numerator(), shown.denominator(), shown.value(), shown.valueUnit(), shown.target(),
                shown.direction(), shown.tolerance(), shown.status(), reason, shown.byGender());
    }

    /** Why a computed result is NO_DATA; null when it is not. */
    static Reason reason(Indicator indicator, IndicatorResult result, Year year, boolean otherDefinitions) {
        if (result.status() != Signal.NO_DATA) {
            return null;
        }
        int y = year.year();
        if (indicator.kind().isManual()) {
            String text = "no result entered for " + y;
            if (otherDefinitions && year.ownModel().isEmpty()) {
                text += ": " + y + " has no goal model to enter it under";
            } else if (otherDefinitions && !IndicatorKeys.byKey(year.ownModel().get())
                    .containsKey(indicator.keyOrDefault())) {
                text += ": the " + y + " goal model has no indicator with key " + indicator.keyOrDefault();
            }
            return new Reason(Code.NO_MANUAL_ENTRY, text);
        }
        if (result.denominator() == null || result.denominator() != 0) {
            return null;
        }
        return switch (indicator.kind()) {
            case SURVEY_SHARE -> new Reason(Code.NO_ANSWERS, "nobody in " + indicator.respondentGroup() + " answered "
                    + indicator.question() + " in " + y);
            case THROUGHPUT -> new Reason(Code.ZERO_DENOMINATOR, "no participants in " + y);
            case FOLLOW_UP_SHARE -> new Reason(Code.ZERO_DENOMINATOR, "nobody was followed up "
                    + indicator.monthsAfterClosure() + " months after closure in " + y);
            case CLOSURE_SHARE -> new Reason(Code.ZERO_DENOMINATOR, indicator.denominatorOutcomeGroup() == null
                    ? "no closures in " + y : "no closures to " + indicator.denominatorOutcomeGroup() + " in " + y);
            default -> new Reason(Code.ZERO_DENOMINATOR, "no closures in " + y);
        };
    }

    private static YearResult missing(Year year, Optional<Indicator> indicator, Code code, String text) {
        Indicator found = indicator.orElse(null);
        return new YearResult(year.year(), year.usedModel().map(GoalModel::year).orElse(null),
                found == null ? null : found.id(), found == null ? null : found.title(),
                found == null ? null : found.kind(), null, null, null, null, found == null ? null : found.target(),
                found == null ? null : found.directionOrDefault(), found == null ? null : found.tolerance(),
                Signal.NO_DATA, new Reason(code, text), Map.of());
    }

    static Map<String, IndicatorResult> results(GoalFulfilment fulfilment) {
        Map<String, IndicatorResult> results = new LinkedHashMap<>();
        if (fulfilment != null) {
            fulfilment.goalAreas().forEach(area -> area.goals().forEach(goal -> goal.indicators()
                    .forEach(indicator -> results.put(indicator.id(), indicator))));
        }
        return results;
    }

    /** The cells hidden in each year's results and volume headline, named year.cell; null for an analyst. */
    private static Suppression suppression(List<Year> years) {
        Integer threshold = null;
        List<String> cells = new ArrayList<>();
        for (Year year : years) {
            if (year.shown() != null && year.shown().suppression() != null) {
                threshold = year.shown().suppression().threshold();
                year.shown().suppression().cells().forEach(cell -> cells.add(year.year() + "." + cell));
            }
            if (year.volume() != null && year.volume().suppression() != null) {
                threshold = year.volume().suppression().threshold();
                year.volume().suppression().cells().forEach(cell -> cells.add(year.year() + ".volume." + cell));
            }
        }
        return threshold == null ? null : new Suppression(threshold, cells);
    }

}
