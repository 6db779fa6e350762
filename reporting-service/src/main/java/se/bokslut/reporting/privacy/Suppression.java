package se.bokslut.reporting.privacy;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which cells of a report were hidden from a BI reader, and the threshold that decided it. Only that a cell is
 * hidden is published, never why: the reason (small, or hidden to protect another cell) would narrow the hidden
 * value down (docs/security.md §5.5).
 */
@Schema(description = "Cells hidden because they, or a sum they are part of, would reveal a count of 1 to the threshold")
public record Suppression(
        @Schema(example = "4") int threshold,
        @Schema(description = "Names of the hidden cells, such as participants.women or closedByOutcome.WORK.men") List<String> cells) {

    public Suppression {
        cells = List.copyOf(cells);
    }

    /** The published list of what the protection hid, without the reasons. */
    public static Suppression of(int threshold, List<SmallCounts.Suppressed> hidden) {
        return new Suppression(threshold, hidden.stream().map(SmallCounts.Suppressed::cell).toList());
    }
}
