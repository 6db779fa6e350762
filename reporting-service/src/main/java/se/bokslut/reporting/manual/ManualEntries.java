package se.bokslut.reporting.manual;

import java.util.Map;
import java.util.Optional;

/** What was entered for one unit and year, as goal fulfilment reads it. */
public record ManualEntries(Map<String, ManualInput> inputs, Map<String, BoardVerdict> verdicts) {

    /** Nothing entered; also what a period shorter than the year sees, since entries are made per year. */
    public static final ManualEntries NONE = new ManualEntries(Map.of(), Map.of());

    public Optional<ManualInput> input(String indicatorId) {
        return Optional.ofNullable(inputs.get(indicatorId));
    }

    public Optional<BoardVerdict> verdict(String goalId) {
        return Optional.ofNullable(verdicts.get(goalId));
    }
}
