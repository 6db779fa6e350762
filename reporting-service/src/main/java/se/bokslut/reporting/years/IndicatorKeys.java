package se.bokslut.reporting.years;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import se.bokslut.reporting.goal.GoalModel;
import se.bokslut.reporting.goal.Indicator;
import se.bokslut.reporting.manual.ManualEntries;
import se.bokslut.reporting.manual.ManualInput;

/**
 * Lines indicators of different years up by their key (docs/goal-model.md §7.1): the indicator's {@code key}, or its id
 * when it has none. Plain Java; ADR 0008 records the rules.
 */
public final class IndicatorKeys {

    private IndicatorKeys() {
    }

    /** A key and the indicator that carries it in each year whose model has one. */
    public record Match(String key, SortedMap<Integer, Indicator> byYear) {

        public Optional<Indicator> in(int year) {
            return Optional.ofNullable(byYear.get(year));
        }

        /** The indicator of the newest year that has the key. */
        public Indicator newest() {
            return byYear.get(byYear.lastKey());
        }
    }

    /**
     * Matches the indicators of the years' models by key. The newest model's indicators come first, in its order; then
     * keys that only older models have, in the order of the newest model that has them.
     */
    public static List<Match> match(SortedMap<Integer, GoalModel> models) {
        Map<String, SortedMap<Integer, Indicator>> byKey = new LinkedHashMap<>();
        List<Integer> newestFirst = new ArrayList<>(models.keySet());
        java.util.Collections.reverse(newestFirst);
        for (int year : newestFirst) {
            for (Indicator indicator : indicators(models.get(year))) {
                byKey.computeIfAbsent(indicator.keyOrDefault(), key -> new TreeMap<>()).put(year, indicator);
            }
        }
        return byKey.entrySet().stream().map(entry -> new Match(entry.getKey(), entry.getValue())).toList();
    }

    /** The model's indicators by key. */
    public static Map<String, Indicator> byKey(GoalModel model) {
        Map<String, Indicator> byKey = new LinkedHashMap<>();
        indicators(model).forEach(indicator -> byKey.put(indicator.keyOrDefault(), indicator));
        return byKey;
    }

    /**
     * The manual results of a year, keyed by the ids of another year's model ({@code definitions}): a result entered for
     * the year's own indicator belongs to the definitions' indicator with the same key. Nothing matches when the year
     * has no model of its own; board verdicts, given on the year's own goals, are left out.
     */
    public static ManualEntries entriesUnder(GoalModel definitions, Optional<GoalModel> yearsModel,
            ManualEntries entered) {
        if (yearsModel.isEmpty()) {
            return ManualEntries.NONE;
        }
        Map<String, Indicator> own = byKey(yearsModel.get());
        Map<String, ManualInput> inputs = new HashMap<>();
        for (Indicator indicator : indicators(definitions)) {
            Indicator counterpart = own.get(indicator.keyOrDefault());
            if (counterpart != null && counterpart.kind() == indicator.kind()) {
                entered.input(counterpart.id()).ifPresent(input -> inputs.put(indicator.id(), input));
            }
        }
        return new ManualEntries(inputs, Map.of());
    }

    static List<Indicator> indicators(GoalModel model) {
        return model.goalAreas().stream().flatMap(area -> area.goals().stream())
                .flatMap(goal -> goal.indicators().stream()).toList();
    }
}
