package se.bokslut.reporting.fulfilment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import se.bokslut.reporting.figures.SurveyFigures;
import se.bokslut.reporting.figures.VolumeFigures;
import se.bokslut.reporting.figures.VolumeFigures.GroupFigures;
import se.bokslut.reporting.goal.GoalModel;
import se.bokslut.reporting.goal.Indicator;
import se.bokslut.reporting.goal.Outcome;
import se.bokslut.reporting.goal.OutcomeGroup;

/**
 * Computes what an indicator measures from a unit's figures, for women, men and in total (SPEC §7). Plain Java, so the
 * worked examples are tested here first.
 */
public final class IndicatorCalculator {

    public static final String WOMEN = "women";
    public static final String MEN = "men";
    public static final String OTHERS = "others";
    public static final String TOTAL = "total";
    /** The stated-gender split of survey results, in the order reports show it. */
    static final Map<String, String> SURVEY_GENDERS = orderedMap("WOMAN", WOMEN, "MAN", MEN, "OTHER", "other",
            "UNSURE", "unsure", "DECLINED", "declined", "NOT_STATED", "notStated");

    private IndicatorCalculator() {
    }

    /**
     * Measurements keyed total, women, men, others — or, for survey kinds, total and the genders respondents stated
     * (women, men, other, unsure, declined, notStated).
     */
    public static Map<String, Measurement> measure(Indicator indicator, GoalModel model, FulfilmentFigures figures) {
        return switch (indicator.kind()) {
            case SURVEY_SHARE -> surveyShare(indicator, figures);
            case RESPONSE_RATE -> responseRate(indicator, figures);
            default -> participantKinds(indicator, model, figures);
        };
    }

    private static Map<String, Measurement> participantKinds(Indicator indicator, GoalModel model,
            FulfilmentFigures figures) {
        Function<GroupFigures, Measurement> perGroup = switch (indicator.kind()) {
            case CLOSURE_SHARE -> closureShare(indicator, model);
            case THROUGHPUT -> group -> Measurement.share(group.closed(), group.participants());
            case COUNT -> group -> Measurement.count(count(indicator, group));
            case FOLLOW_UP_SHARE -> followUpShare(indicator, model);
            default -> group -> Measurement.noData(); // manual kinds: GoalFulfilmentService.assessManual
        };
        VolumeFigures volume = indicator.profileTag() == null ? figures.volume()
                : figures.taggedVolume().apply(indicator.profileTag());
        Measurement total = perGroup.apply(volume.group(VolumeFigures.TOTAL));
        Measurement women = perGroup.apply(volume.group(VolumeFigures.WOMAN));
        Measurement men = perGroup.apply(volume.group(VolumeFigures.MAN));
        Map<String, Measurement> measured = new LinkedHashMap<>();
        measured.put(TOTAL, total);
        measured.put(WOMEN, women);
        measured.put(MEN, men);
        measured.put(OTHERS, Measurement.others(total, women, men));
        return measured;
    }

    /** Respondents who chose a positive answer, of those who answered the question; NO_DATA when nobody did. */
    private static Map<String, Measurement> surveyShare(Indicator indicator, FulfilmentFigures figures) {
        List<String> positive = positiveAnswers(indicator, figures);
        var question = figures.surveys().get().group(indicator.respondentGroup())
                .flatMap(group -> group.question(indicator.question()));
        Map<String, Measurement> measured = new LinkedHashMap<>();
        measured.put(TOTAL, question.map(q -> Measurement.share(q.chose(positive, SurveyFigures.TOTAL),
                q.answered(SurveyFigures.TOTAL))).orElse(Measurement.share(0, 0)));
        SURVEY_GENDERS.forEach((gender, key) -> measured.put(key, question
                .map(q -> Measurement.share(q.chose(positive, gender), q.answered(gender)))
                .orElse(Measurement.share(0, 0))));
        return measured;
    }

    /** Respondents of the group as a share of closures in the period (PARTICIPANT unless the model says otherwise). */
    private static Map<String, Measurement> responseRate(Indicator indicator, FulfilmentFigures figures) {
        var group = figures.surveys().get().group(respondentGroup(indicator));
        VolumeFigures volume = figures.volume();
        Map<String, Measurement> measured = new LinkedHashMap<>();
        measured.put(TOTAL, Measurement.share(group.map(g -> g.respondents(SurveyFigures.TOTAL)).orElse(0L),
                volume.group(VolumeFigures.TOTAL).closed()));
        measured.put(WOMEN, Measurement.share(group.map(g -> g.respondents("WOMAN")).orElse(0L),
                volume.group(VolumeFigures.WOMAN).closed()));
        measured.put(MEN, Measurement.share(group.map(g -> g.respondents("MAN")).orElse(0L),
                volume.group(VolumeFigures.MAN).closed()));
        return measured;
    }

    static String respondentGroup(Indicator indicator) {
        return indicator.respondentGroup() == null ? "PARTICIPANT" : indicator.respondentGroup();
    }

    /** The model's positive answers, or the scale's default: 4–6 on six-point scales, YES on yes/no. */
    static List<String> positiveAnswers(Indicator indicator, FulfilmentFigures figures) {
        if (indicator.positiveAnswers() != null) {
            return indicator.positiveAnswers();
        }
        return figures.questions().apply(indicator.question()).map(question -> question.scale().defaultPositive())
                .orElse(List.of());
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Function<GroupFigures, Measurement> closureShare(Indicator indicator, GoalModel model) {
        List<String> numerator = outcomes(model, indicator.numeratorOutcomeGroup());
        List<String> denominator = indicator.denominatorOutcomeGroup() == null ? null
                : outcomes(model, indicator.denominatorOutcomeGroup());
        return group -> Measurement.share(group.closedTo(numerator),
                denominator == null ? group.closed() : group.closedTo(denominator));
    }

    private static Function<GroupFigures, Measurement> followUpShare(Indicator indicator, GoalModel model) {
        List<String> outcomes = indicator.outcomeGroup() == null ? null : outcomes(model, indicator.outcomeGroup());
        return group -> {
            long followedUp = 0;
            long employed = 0;
            for (VolumeFigures.FollowUpFigures followUp : group.followUps()) {
                if (followUp.monthsAfterClosure() == indicator.monthsAfterClosure()
                        && (outcomes == null || outcomes.contains(followUp.outcome()))) {
                    followedUp += followUp.followedUp();
                    employed += followUp.employed();
                }
            }
            return Measurement.share(employed, followedUp);
        };
    }

    private static long count(Indicator indicator, GroupFigures group) {
        return switch (indicator.measure()) {
            case PARTICIPANTS -> group.participants();
            case STARTED -> group.started();
            case REFERRALS -> group.referrals();
            case PREPARATION_YES -> group.preparationYes();
            case PREPARATION_NO -> group.preparationNo();
            case CLOSED -> group.closed();
            case REMAINING -> group.remaining();
        };
    }

    private static List<String> outcomes(GoalModel model, String outcomeGroup) {
        return model.outcomeGroup(outcomeGroup).map(OutcomeGroup::outcomes).orElseThrow().stream()
                .map(Outcome::name).toList();
    }
}
