package se.bokslut.scoring.figures;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The number of an association's figures: it moves whenever scoring applies something of the association. */
@Schema(description = "Moves whenever scoring applies something of the association; figures read after this answer are "
        + "at least as new as it, so a reader may keep them under this number (ADR 0014)")
public record FiguresVersion(
        @Schema(example = "umearegionen") String associationId,
        @Schema(example = "4f1c2a9e-0d5b-4c8e-9a51-6f0e8f3b2d17", description = "The database the number counts in; a "
                + "rebuilt scoring has a new one, and its numbers start again") String epoch,
        @Schema(example = "4711", description = "0 before scoring has applied anything of the association") long version) {
}
