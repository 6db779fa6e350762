package se.bokslut.reporting.years;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import se.bokslut.reporting.goal.Goal;
import se.bokslut.reporting.goal.GoalArea;
import se.bokslut.reporting.goal.GoalModel;
import se.bokslut.reporting.goal.Indicator;
import se.bokslut.reporting.goal.IndicatorKind;
import se.bokslut.reporting.manual.ManualEntries;
import se.bokslut.reporting.manual.ManualInput;

/** Indicators of different years are one series when they share a key (their id when they have none). */
class IndicatorKeysTest {

    static final Indicator WORK_2019 = share("1.1.1", "work-share", "Arbete av alla avslut");
    static final Indicator STUDIES_2019 = share("1.1.2", "studies-share", "Studier av alla avslut");
    static final Indicator OTHER_2019 = share("1.1.3", "other-solution-share", "Annan lösning av alla avslut");
    static final Indicator POSITIVE_2020 = share("1.1.1", "positive-share", "Positiva avslut");
    static final Indicator WORK_2020 = share("1.1.2", "work-share", "Arbete av de positiva avsluten");
    static final Indicator STUDIES_2020 = share("1.1.3", "studies-share", "Studier av de positiva avsluten");
    static final Indicator SURVEY_2019 = share("1.2.1", null, "Nytta 2019");
    static final Indicator SURVEY_2020 = share("1.2.1", null, "Nytta 2020");

    @Test
    void aRenamedIdKeepsItsSeriesThroughTheKey() {
        var matches = IndicatorKeys.match(models());

        IndicatorKeys.Match work = match(matches, "work-share");
        assertThat(work.in(2019)).contains(WORK_2019);
        assertThat(work.in(2020)).contains(WORK_2020);
        assertThat(work.newest().title()).isEqualTo("Arbete av de positiva avsluten");
        // 2019's 1.1.1 and 2020's 1.1.1 are different indicators and stay apart
        assertThat(match(matches, "positive-share").byYear()).containsOnlyKeys(2020);
    }

    @Test
    void aRemovedIndicatorKeepsItsEarlierYearsAndComesAfterTheNewestModel() {
        var matches = IndicatorKeys.match(models());

        assertThat(match(matches, "other-solution-share").byYear()).containsOnlyKeys(2019);
        assertThat(match(matches, "other-solution-share").in(2020)).isEmpty();
        assertThat(matches).extracting(IndicatorKeys.Match::key)
                .containsExactly("positive-share", "work-share", "studies-share", "1.2.1", "other-solution-share");
    }

    @Test
    void aNewIndicatorHasNoEarlierYears() {
        var matches = IndicatorKeys.match(models());

        assertThat(match(matches, "positive-share").in(2019)).isEmpty();
        assertThat(match(matches, "positive-share").in(2020)).contains(POSITIVE_2020);
    }

    @Test
    void withoutAKeyTheIdIsTheKey() {
        IndicatorKeys.Match survey = match(IndicatorKeys.match(models()), "1.2.1");

        assertThat(survey.in(2019)).contains(SURVEY_2019);
        assertThat(survey.in(2020)).contains(SURVEY_2020);
    }

    @Test
    void aYearsManualResultBelongsToTheOtherModelsIndicatorWithTheSameKey() {
        Indicator sickDays2019 = manual("2.2.1", "sick-days");
        Indicator sickDays2020 = manual("2.2.4", "sick-days");
        ManualInput entered = new ManualInput(new BigDecimal("-0.6"), null, "Försäkringskassan", null);

        ManualEntries under2020 = IndicatorKeys.entriesUnder(model(2020, sickDays2020), Optional.of(model(2019,
                sickDays2019)), new ManualEntries(Map.of("2.2.1", entered), Map.of()));

        assertThat(under2020.input("2.2.4")).contains(entered);
        assertThat(under2020.input("2.2.1")).isEmpty();
        assertThat(IndicatorKeys.entriesUnder(model(2020, sickDays2020), Optional.empty(),
                new ManualEntries(Map.of("2.2.1", entered), Map.of())).input("2.2.4")).isEmpty();
    }

    private static TreeMap<Integer, GoalModel> models() {
        TreeMap<Integer, GoalModel> models = new TreeMap<>();
        models.put(2019, model(2019, WORK_2019, STUDIES_2019, OTHER_2019, SURVEY_2019));
        models.put(2020, model(2020, POSITIVE_2020, WORK_2020, STUDIES_2020, SURVEY_2020));
        return models;
    }

    private static IndicatorKeys.Match match(List<IndicatorKeys.Match> matches, String key) {
        return matches.stream().filter(match -> match.key().equals(key)).findFirst().orElseThrow();
    }

    private static GoalModel model(int year, Indicator... indicators) {
        return new GoalModel("umearegionen", year, null, List.of(), List.of("ungdomstorget"), List.of(),
                List.of(new GoalArea("1", "Deltagarnytta", List.of(new Goal("1.1", "Mål", List.of(indicators))), null)),
                1, null);
    }

    private static Indicator share(String id, String key, String title) {
        return new Indicator(id, title, IndicatorKind.CLOSURE_SHARE, BigDecimal.valueOf(35), null, null, null, "WORK",
                null, null, null, null, null, null, null, null, key);
    }

    private static Indicator manual(String id, String key) {
        return new Indicator(id, "Sjukpenningdagar", IndicatorKind.MANUAL_VALUE, BigDecimal.ZERO, null, null, null,
                null, null, null, null, null, null, null, null, null, key);
    }
}
