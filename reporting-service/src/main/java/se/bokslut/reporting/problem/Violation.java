package se.bokslut.reporting.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One reason a request was rejected: the path of the field and a sentence. */
@Schema(description = "Which field is wrong and why")
public record Violation(
        @Schema(example = "goalAreas[0].goals[1].indicators[0].target") String field,
        @Schema(example = "must be between 0 and 100") String message) {
}
