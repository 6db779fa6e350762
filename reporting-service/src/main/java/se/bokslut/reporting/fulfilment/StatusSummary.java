package se.bokslut.reporting.fulfilment;

import java.util.List;
import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokslut.reporting.goal.GoalAreaIndex;
import se.bokslut.reporting.signal.CompositeIndex;
import se.bokslut.reporting.signal.Signal;

/** How many results have each status; a result hidden from a BI reader counts as suppressed, not by its colour. */
@Schema(description = "Number of indicator results per status")
public record StatusSummary(int green, int yellow, int red, int noData,
        @Schema(description = "Results whose status is hidden from a BI reader (small counts); 0 for analysts") int suppressed) {

    public static final StatusSummary NONE = new StatusSummary(0, 0, 0, 0, 0);

    /** Counts statuses; a null status is a suppressed result. */
    public static StatusSummary of(List<Signal> statuses) {
        return new StatusSummary(count(statuses, Signal.GREEN), count(statuses, Signal.YELLOW),
                count(statuses, Signal.RED), count(statuses, Signal.NO_DATA),
                (int) statuses.stream().filter(Objects::isNull).count());
    }

    public StatusSummary plus(StatusSummary other) {
        return new StatusSummary(green + other.green, yellow + other.yellow, red + other.red, noData + other.noData,
                suppressed + other.suppressed);
    }

    private static int count(List<Signal> statuses, Signal signal) {
        return (int) statuses.stream().filter(signal::equals).count();
    }

    /** The composite index of these statuses; suppressed and NO_DATA results are left out. */
    public CompositeIndex index(GoalAreaIndex settings) {
        return CompositeIndex.of(green, yellow, red, settings.indexPoints(), settings.budget());
    }
}
