package se.bokslut.reporting.fulfilment;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    private IndicatorCalculator() {
    }

    /** Measurements keyed total, women, men, others. */
    public static Map<String, Measurement> measure(Indicator indicator, GoalModel model, FulfilmentFigures figures) {
        Function<GroupFigures, Measurement> perGroup = switch (indicator.kind()) {
            case CLOSURE_SHARE -> closureShare(indicator, model);
            case THROUGHPUT -> group -> Measurement.share(group.closed(), group.participants());
            case COUNT -> group -> Measurement.count(count(indicator, group));
            case FOLLOW_UP_SHARE -> followUpShare(indicator, model);
            default -> group -> Measurement.noData();
        };
        VolumeFigures volume = indicator.profileTag() == null ? figures.volume()
                : figures.taggedVolume().apply(indicator.profileTag());
        Measurement total = perGroup.apply(volume.group(VolumeFigures.TOTAL));
        Measurement women = perGroup.apply(volume.group(VolumeFigures.WOMAN));
        Measurement men = perGroup.apply(volume.group(VolumeFigures.MAN));
        return Map.of(TOTAL, total, WOMEN, women, MEN, men, OTHERS, Measurement.others(total, women, men));
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
