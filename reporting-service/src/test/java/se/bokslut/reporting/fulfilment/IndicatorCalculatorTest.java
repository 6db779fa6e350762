package se.bokslut.reporting.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import se.bokslut.reporting.Demo;
import se.bokslut.reporting.figures.VolumeFigures;
import se.bokslut.reporting.figures.VolumeFigures.GroupFigures;
import se.bokslut.reporting.fulfilment.GoalFulfilment.IndicatorResult;
import se.bokslut.reporting.goal.GoalModel;
import se.bokslut.reporting.goal.Indicator;
import se.bokslut.reporting.signal.Signal;

/** The closure examples of SPEC §9 against the shipped goal models, on the calculator alone. */
class IndicatorCalculatorTest {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @Test
    void workedExample2Ungdomstorget2019() throws Exception {
        GoalModel model = JSON.readValue(Demo.goalModel(2019), GoalModel.class);
        FulfilmentFigures figures = figures(Map.of("WORK", 29L, "STUDIES", 28L, "OTHER_REHABILITATION", 30L,
                "MEDICAL_REHABILITATION", 10L, "JOB_SEEKING", 18L, "DROPOUT", 9L, "MOVED", 4L));

        assertResult(model, "1.1.1", figures, 29, 128, 23, Signal.RED);
        assertResult(model, "1.1.2", figures, 28, 128, 22, Signal.RED);
        assertResult(model, "1.1.3", figures, 58, 128, 45, Signal.GREEN);
    }

    @Test
    void workedExample4Ungdomstorget2020ThreeLevels() throws Exception {
        GoalModel model = JSON.readValue(Demo.goalModel(2020), GoalModel.class);
        FulfilmentFigures figures = figures(Map.of("WORK", 15L, "SUBSIDISED_WORK", 2L, "STUDIES", 11L,
                "JOB_SEEKING", 6L, "OTHER_REHABILITATION", 5L, "DAILY_ACTIVITY", 4L, "MEDICAL_REHABILITATION", 5L,
                "DROPOUT", 6L, "MOVED", 2L));

        assertResult(model, "1.1.1", figures, 43, 56, 77, Signal.YELLOW);
        assertResult(model, "1.1.2", figures, 17, 43, 40, Signal.GREEN);
        assertResult(model, "1.1.3", figures, 11, 43, 26, Signal.GREEN);
    }

    @Test
    void genderSplitsAreJudgedAgainstTheSameTarget() throws Exception {
        GoalModel model = JSON.readValue(Demo.goalModel(2019), GoalModel.class);
        GroupFigures women = group(Map.of("WORK", 10L, "DROPOUT", 10L));
        GroupFigures men = group(Map.of("WORK", 19L, "DROPOUT", 21L));
        GroupFigures total = group(Map.of("WORK", 30L, "DROPOUT", 31L));
        FulfilmentFigures figures = new FulfilmentFigures(new VolumeFigures("umearegionen", List.of("ungdomstorget"),
                null, null, null, Map.of("WOMAN", women, "MAN", men, "TOTAL", total)), tag -> null, () -> null, code -> Optional.empty());

        IndicatorResult result = GoalFulfilmentService.assess(indicator(model, "1.1.1"), model, figures);

        assertThat(result.byGender().get("women").value()).isEqualByComparingTo("50");
        assertThat(result.byGender().get("women").status()).isEqualTo(Signal.GREEN);
        assertThat(result.byGender().get("men").value()).isEqualByComparingTo("48");
        assertThat(result.byGender().get("others").numerator()).isEqualTo(1);
        assertThat(result.byGender().get("others").denominator()).isEqualTo(1);
    }

    @Test
    void noClosuresIsNoDataNotZeroPercent() throws Exception {
        GoalModel model = JSON.readValue(Demo.goalModel(2019), GoalModel.class);
        IndicatorResult result = GoalFulfilmentService.assess(indicator(model, "1.1.1"), model, figures(Map.of()));

        assertThat(result.status()).isEqualTo(Signal.NO_DATA);
        assertThat(result.value()).isNull();
        assertThat(result.denominator()).isZero();
    }

    @Test
    void throughputIsClosuresOfParticipants() throws Exception {
        GoalModel model = JSON.readValue(Demo.goalModel(2019), GoalModel.class);
        FulfilmentFigures figures = fiftyParticipants();

        // 2.1.2: at least 40 % of the year's participants closed; 22 of 50
        assertResult(model, "2.1.2", figures, 22, 50, 44, Signal.GREEN);
    }

    @Test
    void aCountIsTheMeasureItNames() throws Exception {
        GoalModel model = JSON.readValue(Demo.goalModel(2019), GoalModel.class);
        FulfilmentFigures figures = fiftyParticipants();

        // 2.1.1: at least 30 referrals decided yes (PREPARATION_YES); 18 is neither participants, starts nor closures
        IndicatorResult result = GoalFulfilmentService.assess(indicator(model, "2.1.1"), model, figures);
        assertThat(result.numerator()).isEqualTo(18);
        assertThat(result.value()).isEqualByComparingTo("18");
        assertThat(result.status()).isEqualTo(Signal.RED);
    }

    @Test
    void aTaggedClosureShareIsComputedOnTheTaggedParticipantsOnly() throws Exception {
        GoalModel model = JSON.readValue(Demo.goalModel(2019), GoalModel.class);
        FulfilmentFigures untagged = figures(Map.of("OTHER_REHABILITATION", 30L, "WORK", 70L));
        GroupFigures tagged = group(Map.of("OTHER_REHABILITATION", 4L, "JOB_SEEKING", 2L, "WORK", 4L));
        FulfilmentFigures figures = new FulfilmentFigures(untagged.volume(),
                tag -> tag.equals("PSYCHIATRIC_CONTACT") ? new VolumeFigures("umearegionen", List.of("ungdomstorget"),
                        null, null, null, Map.of("TOTAL", tagged)) : null, () -> null, code -> Optional.empty());

        // 1.1.4: closures to another solution among participants with psychiatric contact: 6 of their 10, not 30 of 100
        assertResult(model, "1.1.4", figures, 6, 10, 60, Signal.GREEN);
    }

    /** 50 participants, 20 started, 25 referrals (18 decided yes, 7 no), 22 closed (to work), 28 remaining. */
    private static FulfilmentFigures fiftyParticipants() {
        GroupFigures total = new GroupFigures(50, 50, 20, 25, 18, 7, 22, Map.of("WORK", 22L), 28, null, null,
                List.of());
        return new FulfilmentFigures(new VolumeFigures("umearegionen", List.of("ungdomstorget"), null, null, null,
                Map.of("TOTAL", total)), tag -> null, () -> null, code -> Optional.empty());
    }

    private static void assertResult(GoalModel model, String id, FulfilmentFigures figures, long numerator,
            long denominator, int value, Signal status) {
        IndicatorResult result = GoalFulfilmentService.assess(indicator(model, id), model, figures);
        assertThat(result.numerator()).as(id + " numerator").isEqualTo(numerator);
        assertThat(result.denominator()).as(id + " denominator").isEqualTo(denominator);
        assertThat(result.value()).as(id + " value").isEqualByComparingTo(BigDecimal.valueOf(value));
        assertThat(result.status()).as(id + " status").isEqualTo(status);
    }

    private static Indicator indicator(GoalModel model, String id) {
        return model.goalAreas().stream().flatMap(area -> area.goals().stream())
                .flatMap(goal -> goal.indicators().stream()).filter(indicator -> indicator.id().equals(id))
                .findFirst().orElseThrow();
    }

    private static FulfilmentFigures figures(Map<String, Long> closures) {
        GroupFigures total = group(closures);
        return new FulfilmentFigures(new VolumeFigures("umearegionen", List.of("ungdomstorget"), null, null, null,
                Map.of("TOTAL", total)), tag -> null, () -> null, code -> Optional.empty());
    }

    private static GroupFigures group(Map<String, Long> closures) {
        long closed = closures.values().stream().mapToLong(Long::longValue).sum();
        return new GroupFigures(closed, closed, 0, 0, 0, 0, closed, new LinkedHashMap<>(closures), 0, null, null, List.of());
    }
}
