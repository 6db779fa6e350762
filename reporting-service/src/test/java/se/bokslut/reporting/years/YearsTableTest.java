package se.bokslut.reporting.years;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.bokslut.reporting.figures.SurveyFigures;
import se.bokslut.reporting.figures.VolumeFigures;
import se.bokslut.reporting.fulfilment.FulfilmentFigures;
import se.bokslut.reporting.fulfilment.GoalFulfilment;
import se.bokslut.reporting.fulfilment.GoalFulfilmentService;
import se.bokslut.reporting.goal.Goal;
import se.bokslut.reporting.goal.GoalArea;
import se.bokslut.reporting.goal.GoalModel;
import se.bokslut.reporting.goal.Indicator;
import se.bokslut.reporting.goal.IndicatorKind;
import se.bokslut.reporting.goal.Outcome;
import se.bokslut.reporting.goal.OutcomeGroup;
import se.bokslut.reporting.manual.ManualEntries;
import se.bokslut.reporting.period.Period;
import se.bokslut.reporting.reference.Unit;
import se.bokslut.reporting.report.ReportScope;
import se.bokslut.reporting.signal.Signal;
import se.bokslut.reporting.years.YearsReport.Code;
import se.bokslut.reporting.years.YearsReport.YearResult;

/** A year or result with nothing to show is present and says why; it is never left out and never 0. */
class YearsTableTest {

    static final Unit TORGET = new Unit("torget", "Torget", Unit.Kind.PLATFORM, List.of("torget"));
    static final Indicator WORK = new Indicator("1.1.1", "Arbete", IndicatorKind.CLOSURE_SHARE, BigDecimal.valueOf(35),
            null, null, null, "WORK", null, null, null, null, null, null, null, null, "work-share");
    static final Indicator SICK_DAYS = new Indicator("2.2.1", "Sjukpenningdagar", IndicatorKind.MANUAL_VALUE,
            BigDecimal.ZERO, null, null, null, null, null, null, null, null, null, null, null, null, "sick-days");
    static final GoalModel MODEL_2020 = new GoalModel("forbundet", 2020, null, List.of(), List.of("torget"),
            List.of(new OutcomeGroup("WORK", "Arbete", List.of(Outcome.WORK))),
            List.of(new GoalArea("1", "Deltagarnytta", List.of(new Goal("1.1", "Mål", List.of(WORK, SICK_DAYS))), null)),
            1, null);

    @Test
    void aYearWithoutFactsHasNoHeadlineAndItsComputedResultsSaySo() {
        YearsReport report = YearsTable.build("forbundet", "torget", 2020, 2020, Optional.empty(),
                List.of(year(2020, Optional.of(MODEL_2020), Optional.of(MODEL_2020), false)));

        assertThat(report.years().get(0).volume()).isNull();
        assertThat(report.years().get(0).reasons()).extracting(YearsReport.Reason::code)
                .containsExactly(Code.NO_FIGURES);
        YearResult work = result(report, "work-share", 0);
        assertThat(work.status()).isEqualTo(Signal.NO_DATA);
        assertThat(work.numerator()).isNull();
        assertThat(work.reason().code()).isEqualTo(Code.NO_FIGURES);
        // a manual result does not come from the facts: it still says it was not entered
        assertThat(result(report, "sick-days", 0).reason().code()).isEqualTo(Code.NO_MANUAL_ENTRY);
    }

    @Test
    void aYearWithoutAModelIsPresentInEverySeries() {
        YearsReport report = YearsTable.build("forbundet", "torget", 2019, 2020, Optional.empty(), List.of(
                year(2019, Optional.empty(), Optional.empty(), true),
                year(2020, Optional.of(MODEL_2020), Optional.of(MODEL_2020), true)));

        assertThat(report.years().get(0).reasons()).extracting(YearsReport.Reason::code)
                .containsExactly(Code.NO_GOAL_MODEL);
        assertThat(result(report, "work-share", 0).reason().code()).isEqualTo(Code.NO_GOAL_MODEL);
        assertThat(result(report, "work-share", 1).value()).isEqualByComparingTo("50");
    }

    @Test
    void underAnotherYearsDefinitionsAManualResultSaysTheYearHadNoModelToEnterItUnder() {
        YearsReport report = YearsTable.build("forbundet", "torget", 2019, 2019, Optional.of(MODEL_2020),
                List.of(year(2019, Optional.empty(), Optional.of(MODEL_2020), true)));

        assertThat(result(report, "work-share", 0).definitionsYear()).isEqualTo(2020);
        assertThat(result(report, "work-share", 0).value()).isEqualByComparingTo("50");
        assertThat(result(report, "sick-days", 0).reason().text()).contains("2019 has no goal model");
    }

    /** One closure to work of two, or no facts at all. */
    private static YearsTable.Year year(int year, Optional<GoalModel> own, Optional<GoalModel> used,
            boolean hasFigures) {
        VolumeFigures.GroupFigures total = new VolumeFigures.GroupFigures(4, 4, 2, 0, 0, 0, 2,
                Map.of("WORK", 1L, "DROPOUT", 1L), 2, null, null, List.of());
        VolumeFigures volume = new VolumeFigures("forbundet", List.of("torget"), null, null, null,
                hasFigures ? Map.of("TOTAL", total) : Map.of());
        ReportScope scope = new ReportScope("forbundet", TORGET, Period.year(year), used);
        FulfilmentFigures figures = new FulfilmentFigures(volume, tag -> volume,
                () -> new SurveyFigures("forbundet", List.of("torget"), null, null, List.of()), code -> Optional.empty());
        GoalFulfilment computed = used.map(model -> GoalFulfilmentService.assess(scope, model, figures,
                ManualEntries.NONE)).orElse(null);
        return new YearsTable.Year(year, own, used, Optional.of(TORGET), hasFigures, computed, computed, null);
    }

    private static YearResult result(YearsReport report, String key, int index) {
        return report.indicators().stream().filter(series -> series.key().equals(key)).findFirst().orElseThrow()
                .years().get(index);
    }
}
