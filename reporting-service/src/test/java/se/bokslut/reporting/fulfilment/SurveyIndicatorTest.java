package se.bokslut.reporting.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import se.bokslut.reporting.Demo;
import se.bokslut.reporting.figures.SurveyFigures;
import se.bokslut.reporting.figures.SurveyFigures.GroupFigures;
import se.bokslut.reporting.figures.SurveyFigures.QuestionFigures;
import se.bokslut.reporting.figures.VolumeFigures;
import se.bokslut.reporting.fulfilment.GoalFulfilment.IndicatorResult;
import se.bokslut.reporting.goal.GoalModel;
import se.bokslut.reporting.goal.Indicator;
import se.bokslut.reporting.question.Question;
import se.bokslut.reporting.question.RespondentGroup;
import se.bokslut.reporting.question.Scale;
import se.bokslut.reporting.signal.Signal;

/** Survey indicators on the calculator alone: positive-answer sets, response rate, SPEC §9 example 3. */
class SurveyIndicatorTest {

    static final Map<String, Question> CATALOGUE = Map.of(
            "NNS-1", new Question("NNS-1", null, "?", Scale.FREQUENCY_6, List.of(RespondentGroup.PARTICIPANT)),
            "NNS-2", new Question("NNS-2", null, "?", Scale.FREQUENCY_6, List.of(RespondentGroup.PARTICIPANT)),
            "NNS-4", new Question("NNS-4", null, "?", Scale.YES_NO, List.of(RespondentGroup.PARTICIPANT)),
            "UMEA-1.9", new Question("UMEA-1.9", "umearegionen", "?", Scale.YES_NO, List.of(RespondentGroup.PARTICIPANT)));

    /** Ungdomstorget 2017: 23 participants answered; 22 answered NNS-1, 21 NNS-2, all 23 the discrimination question. */
    static final SurveyFigures UNGDOMSTORGET_2017 = new SurveyFigures("umearegionen", List.of("ungdomstorget"), null,
            null, List.of(new GroupFigures("PARTICIPANT", Map.of("TOTAL", 23L, "WOMAN", 12L, "MAN", 9L, "UNSURE", 2L),
                    List.of(question("NNS-1", Map.of("1", 2L, "2", 2L, "3", 3L, "4", 5L, "5", 6L, "6", 4L)),
                            question("NNS-2", Map.of("2", 1L, "3", 1L, "4", 6L, "5", 7L, "6", 6L)),
                            question("UMEA-1.9", Map.of("NO", 23L)),
                            question("NNS-4", Map.of("YES", 20L, "NO", 3L))))));

    @Test
    void workedExample3Ungdomstorget2017() throws Exception {
        GoalModel model = JsonMapper.builder().addModule(new JavaTimeModule()).build()
                .readValue(Demo.goalModel(2017), GoalModel.class);

        assertResult(model, "1.2.1", 15, 22, 68, Signal.RED);
        assertResult(model, "1.2.2", 19, 21, 90, Signal.GREEN);
        assertResult(model, "1.2.4", 23, 23, 100, Signal.GREEN);
    }

    @Test
    void yesNoQuestionsCountYesByDefaultAndAModelMayCountNoInstead() {
        Indicator yes = survey("NNS-4", null);
        Indicator no = survey("NNS-4", List.of("NO"));

        assertThat(IndicatorCalculator.measure(yes, null, figures()).get("total").value()).contains(BigDecimal.valueOf(87));
        assertThat(IndicatorCalculator.measure(no, null, figures()).get("total").value()).contains(BigDecimal.valueOf(13));
    }

    @Test
    void sixPointQuestionsCountFourToSixByDefault() {
        Measurement total = IndicatorCalculator.measure(survey("NNS-1", null), null, figures()).get("total");
        assertThat(total.numerator()).isEqualTo(15);
        assertThat(IndicatorCalculator.measure(survey("NNS-1", List.of("6")), null, figures()).get("total").numerator())
                .isEqualTo(4);
    }

    @Test
    void nobodyAnsweringIsNoData() {
        Measurement total = IndicatorCalculator.measure(survey("NNS-5", null), null, figures()).get("total");
        assertThat(total.value()).isEmpty();
        assertThat(total.denominator()).isZero();
    }

    @Test
    void theGenderSplitIncludesTheGendersRespondentsStated() {
        var measured = IndicatorCalculator.measure(survey("NNS-1", null), null, figures());
        assertThat(measured).containsKeys("total", "women", "men", "other", "unsure", "declined", "notStated");
    }

    @Test
    void responseRateIsParticipantRespondentsOfClosures() {
        Indicator rate = new Indicator("1.2.5", "Svarsfrekvens", se.bokslut.reporting.goal.IndicatorKind.RESPONSE_RATE,
                BigDecimal.valueOf(60), null, null, null, null, null, null, null, null, null, null, "PARTICIPANT", null, null);
        Measurement total = IndicatorCalculator.measure(rate, null, figures()).get("total");

        assertThat(total.numerator()).isEqualTo(23);
        assertThat(total.denominator()).isEqualTo(40);
        assertThat(total.value()).contains(BigDecimal.valueOf(58));
    }

    private static void assertResult(GoalModel model, String id, long numerator, long denominator, int value,
            Signal status) {
        Indicator indicator = model.goalAreas().stream().flatMap(area -> area.goals().stream())
                .flatMap(goal -> goal.indicators().stream()).filter(i -> i.id().equals(id)).findFirst().orElseThrow();
        IndicatorResult result = GoalFulfilmentService.assess(indicator, model, figures());
        assertThat(result.numerator()).as(id).isEqualTo(numerator);
        assertThat(result.denominator()).as(id).isEqualTo(denominator);
        assertThat(result.value()).as(id).isEqualByComparingTo(BigDecimal.valueOf(value));
        assertThat(result.status()).as(id).isEqualTo(status);
        assertThat(result.answered()).as(id).isEqualTo(denominator);
        assertThat(result.responseRate()).as(id + " response rate").isEqualByComparingTo("58");
    }

    private static Indicator survey(String question, List<String> positive) {
        return new Indicator("x", "x", se.bokslut.reporting.goal.IndicatorKind.SURVEY_SHARE, BigDecimal.valueOf(80),
                null, null, null, null, null, null, null, null, null, question, "PARTICIPANT", positive, null);
    }

    private static FulfilmentFigures figures() {
        VolumeFigures.GroupFigures closures = new VolumeFigures.GroupFigures(60, 60, 0, 0, 0, 0, 40, Map.of(), 20, null,
                null, List.of());
        return new FulfilmentFigures(new VolumeFigures("umearegionen", List.of("ungdomstorget"), null, null, null,
                Map.of("TOTAL", closures)), tag -> null, () -> UNGDOMSTORGET_2017,
                code -> Optional.ofNullable(CATALOGUE.get(code)));
    }

    private static QuestionFigures question(String code, Map<String, Long> totals) {
        Map<String, Map<String, Long>> answers = new java.util.TreeMap<>();
        totals.forEach((answer, count) -> answers.put(answer, Map.of("TOTAL", count)));
        return new QuestionFigures(code, Map.of("TOTAL", totals.values().stream().mapToLong(Long::longValue).sum()),
                answers);
    }
}
