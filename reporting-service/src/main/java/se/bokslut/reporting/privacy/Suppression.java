package se.bokslut.reporting.privacy;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which cells of a report were hidden from a BI reader, and the threshold that decided it. */
@Schema(description = "Cells hidden because they, or a sum they are part of, would reveal a count of 1 to the threshold")
public record Suppression(
        @Schema(example = "4") int threshold,
        @Schema(description = "Cell names such as participants.women or closedByOutcome.WORK.men") List<SmallCounts.Suppressed> cells) {
}
