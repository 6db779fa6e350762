package se.bokslut.reporting.fulfilment;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokslut.reporting.signal.Signal;

/** How many results have each status. */
@Schema(description = "Number of indicator results per status")
public record StatusSummary(int green, int yellow, int red, int noData) {

    public static StatusSummary of(List<Signal> statuses) {
        return new StatusSummary(count(statuses, Signal.GREEN), count(statuses, Signal.YELLOW),
                count(statuses, Signal.RED), count(statuses, Signal.NO_DATA));
    }

    public StatusSummary plus(StatusSummary other) {
        return new StatusSummary(green + other.green, yellow + other.yellow, red + other.red, noData + other.noData);
    }

    private static int count(List<Signal> statuses, Signal signal) {
        return (int) statuses.stream().filter(signal::equals).count();
    }
}
