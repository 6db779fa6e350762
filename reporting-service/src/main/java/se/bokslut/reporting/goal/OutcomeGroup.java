package se.bokslut.reporting.goal;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A named set of outcomes, because what counts as "work" or "positive" changes from year to year. */
@Schema(description = "A named set of outcome codes")
public record OutcomeGroup(
        @Schema(required = true, example = "OTHER_SOLUTION") String id,
        @Schema(required = true, example = "Annan behovsanpassad lösning") String name,
        @Schema(required = true, example = "[\"OTHER_REHABILITATION\", \"MEDICAL_REHABILITATION\"]") List<Outcome> outcomes) {
}
