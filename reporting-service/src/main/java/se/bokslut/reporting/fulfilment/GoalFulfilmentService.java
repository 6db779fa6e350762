package se.bokslut.reporting.fulfilment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.bokslut.reporting.figures.FiguresService;
import se.bokslut.reporting.figures.SurveyFigures;
import se.bokslut.reporting.figures.VolumeFigures;
import se.bokslut.reporting.fulfilment.GoalFulfilment.AreaResult;
import se.bokslut.reporting.fulfilment.GoalFulfilment.GenderResult;
import se.bokslut.reporting.fulfilment.GoalFulfilment.GoalResult;
import se.bokslut.reporting.fulfilment.GoalFulfilment.IndicatorResult;
import se.bokslut.reporting.goal.Goal;
import se.bokslut.reporting.goal.GoalArea;
import se.bokslut.reporting.goal.GoalModel;
import se.bokslut.reporting.goal.Indicator;
import se.bokslut.reporting.goal.IndicatorKind;
import se.bokslut.reporting.manual.ManualEntries;
import se.bokslut.reporting.manual.ManualInput;
import se.bokslut.reporting.manual.ManualInputService;
import se.bokslut.reporting.period.Period;
import se.bokslut.reporting.problem.UnknownResourceException;
import se.bokslut.reporting.disclosure.DisclosureControl;
import se.bokslut.reporting.question.QuestionService;
import se.bokslut.reporting.security.Caller;
import se.bokslut.reporting.report.ReportScope;
import se.bokslut.reporting.report.ReportScopes;
import se.bokslut.reporting.signal.CompositeIndex;
import se.bokslut.reporting.signal.Signal;
import se.bokslut.reporting.signal.SignalRule;

/** Assesses every indicator of the year's goal model that applies to a unit, against the unit's figures. */
@ApplicationScoped
public class GoalFulfilmentService {

    @Inject
    ReportScopes scopes;

    @Inject
    FiguresService figures;

    @Inject
    QuestionService questions;

    @Inject
    Caller caller;

    @Inject
    DisclosureControl disclosure;

    @Inject
    FulfilmentTable table;

    @Inject
    ManualInputService manual;

    GoalFulfilment fulfilment(String associationId, String unitId, String year, String period) {
        return fulfilment(scopes.resolve(associationId, unitId, year, period));
    }

    private GoalFulfilment fulfilment(ReportScope scope) {
        String associationId = scope.associationId();
        GoalModel model = scope.goalModel().orElseThrow(() -> new UnknownResourceException("year",
                "no goal model for " + associationId + " " + scope.period().year()
                        + "; PUT /api/v1/goal-models/{associationId}/{year} uploads one"));
        // manual entries are made for the whole year, so a shorter period has none
        ManualEntries entered = scope.period().kind() == Period.Kind.YEAR
                ? manual.entered(scope.associationId(), scope.period().year(), scope.unit().id())
                : ManualEntries.NONE;
        return assess(scope, model, figures(scope), entered);
    }

    /**
     * The figures of a scope from scoring: the volume figures now, those of a profile tag and the survey counts when an
     * indicator first asks for them, each fetched once.
     */
    public FulfilmentFigures figures(ReportScope scope) {
        Map<String, VolumeFigures> tagged = new HashMap<>();
        Map<String, SurveyFigures> surveys = new HashMap<>();
        return new FulfilmentFigures(figures.volume(scope, null),
                tag -> tagged.computeIfAbsent(tag, t -> figures.volume(scope, t)),
                () -> surveys.computeIfAbsent("surveys", key -> figures.surveys(scope)),
                questions.lookup(scope.associationId()));
    }

    /**
     * Assesses every indicator of the model that applies to the scope's unit, against the figures and the manual
     * entries (keyed by this model's indicator ids). The model need not be the scope's own: the years report assesses
     * a year's figures under another year's model.
     */
    public static GoalFulfilment assess(ReportScope scope, GoalModel model, FulfilmentFigures unitFigures,
            ManualEntries entered) {
        List<AreaResult> areas = new ArrayList<>();
        for (GoalArea area : model.goalAreas()) {
            List<GoalResult> goals = new ArrayList<>();
            for (Goal goal : area.goals()) {
                List<IndicatorResult> indicators = goal.indicators().stream()
                        .filter(indicator -> appliesTo(indicator, model, scope.unit().id()))
                        .map(indicator -> indicator.kind().isManual()
                                ? assessManual(indicator, entered.input(indicator.id()))
                                : assess(indicator, model, unitFigures))
                        .toList();
                if (!indicators.isEmpty()) {
                    goals.add(new GoalResult(goal.id(), goal.title(), indicators,
                            StatusSummary.of(indicators.stream().map(IndicatorResult::status).toList()),
                            entered.verdict(goal.id()).orElse(null)));
                }
            }
            if (!goals.isEmpty()) {
                StatusSummary areaSummary = goals.stream().map(GoalResult::summary).reduce(StatusSummary.NONE,
                        StatusSummary::plus);
                areas.add(new AreaResult(area.id(), area.title(), goals, areaSummary,
                        areaSummary.index(area.indexOrDefault())));
            }
        }
        StatusSummary summary = areas.stream().map(AreaResult::summary).reduce(StatusSummary.NONE,
                StatusSummary::plus);
        return new GoalFulfilment(scope.associationId(), scope.unit(), scope.period().toString(), scope.period().from(),
                scope.period().to(), model.version() == null ? 0 : model.version(), areas, summary,
                CompositeIndex.total(areas.stream().map(AreaResult::index).toList()), null);
    }

    /** The fulfilment as the caller may see it: analysts see every count, BI readers have small counts suppressed. */
    public GoalFulfilment fulfilmentFor(String associationId, String unitId, String year, String period) {
        return fulfilmentFor(associationId, unitId, year, period, caller.isAnalyst());
    }

    /**
     * The fulfilment as an analyst ({@code everyCount}) or a BI reader sees it, whoever calls; an adopted edition of
     * the social accounts keeps both renderings. The caller's association scope is checked all the same.
     */
    public GoalFulfilment fulfilmentFor(String associationId, String unitId, String year, String period,
            boolean everyCount) {
        ReportScope scope = scopes.resolve(associationId, unitId, year, period);
        GoalFulfilment fulfilment = fulfilment(scope);
        return everyCount ? fulfilment : disclosure.shown(table, scope, fulfilment);
    }

    public static boolean appliesTo(Indicator indicator, GoalModel model, String unitId) {
        return indicator.units() != null ? indicator.units().contains(unitId) : model.assessedUnits().contains(unitId);
    }

    static IndicatorResult assess(Indicator indicator, GoalModel model, FulfilmentFigures figures) {
        SignalRule rule = new SignalRule(indicator.target(), indicator.directionOrDefault(), indicator.tolerance());
        Map<String, Measurement> measured = IndicatorCalculator.measure(indicator, model, figures);
        Measurement total = measured.get(IndicatorCalculator.TOTAL);
        Map<String, GenderResult> byGender = new LinkedHashMap<>();
        measured.forEach((group, measurement) -> {
            if (!group.equals(IndicatorCalculator.TOTAL)) {
                byGender.put(group, new GenderResult(measurement.numerator(), measurement.denominator(),
                        measurement.value().orElse(null), status(indicator, rule, measurement)));
            }
        });
        Long answered = null;
        BigDecimal responseRate = null;
        Long respondents = null;
        Long closures = null;
        if (indicator.kind() == IndicatorKind.SURVEY_SHARE) {
            answered = total.denominator();
            if ("PARTICIPANT".equals(indicator.respondentGroup())) {
                var group = figures.surveys().get().group("PARTICIPANT");
                closures = figures.volume().group(VolumeFigures.TOTAL).closed();
                respondents = group.map(g -> g.respondents(SurveyFigures.TOTAL)).orElse(null);
                long closed = closures;
                responseRate = group.flatMap(g -> SignalRule.percent(g.respondents(SurveyFigures.TOTAL), closed))
                        .orElse(null);
            }
        }
        return new IndicatorResult(indicator.id(), indicator.title(), indicator.kind(), total.numerator(),
                total.denominator(), total.value().orElse(null),
                valueUnit(indicator.kind()),
                indicator.target(), indicator.directionOrDefault(), indicator.tolerance(),
                status(indicator, rule, total), answered, responseRate, null, byGender, respondents, closures);
    }

    /**
     * A manual indicator against what the analyst entered: MANUAL_VALUE and EXAMPLES as the value entered, PRESENCE
     * as 1 (present) or 0, whose target is 1 when the model gives none. NO_DATA until something is entered. Manual
     * results have no numerator, denominator or gender split.
     */
    static IndicatorResult assessManual(Indicator indicator, Optional<ManualInput> entered) {
        BigDecimal target = indicator.kind() == IndicatorKind.PRESENCE && indicator.target() == null ? BigDecimal.ONE
                : indicator.target();
        Optional<BigDecimal> value = entered.map(input -> input.present() == null ? input.value()
                : input.present() ? BigDecimal.ONE : BigDecimal.ZERO);
        Signal status = target == null ? Signal.NO_DATA
                : new SignalRule(target, indicator.directionOrDefault(), indicator.tolerance()).assess(value);
        return new IndicatorResult(indicator.id(), indicator.title(), indicator.kind(), null, null, value.orElse(null),
                valueUnit(indicator.kind()), target, indicator.directionOrDefault(), indicator.tolerance(),
                status, null, null, entered.map(ManualInput::comment).orElse(null), Map.of());
    }

    /** PERCENT for shares, COUNT for counts, VALUE for a register statistic, YES_NO for presence. */
    static String valueUnit(IndicatorKind kind) {
        return switch (kind) {
            case COUNT, EXAMPLES -> "COUNT";
            case MANUAL_VALUE -> "VALUE";
            case PRESENCE -> "YES_NO";
            default -> "PERCENT";
        };
    }

    private static Signal status(Indicator indicator, SignalRule rule, Measurement measurement) {
        return indicator.target() == null ? Signal.NO_DATA : rule.assess(measurement.value());
    }
}
