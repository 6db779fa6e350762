package se.bokslut.intake.validation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One reason an input was rejected. The message never repeats the rejected value, so nothing a sender posted by
 * mistake (an identity number, say) is echoed back or logged.
 */
@Schema(description = "Which field is wrong and why")
public record Violation(
        @Schema(example = "outcome", description = "Path of the field, e.g. profile.gender or [3].outcome") String field,
        @Schema(example = "must be one of WORK, SUBSIDISED_WORK, …") String message) {

    public Violation prefixed(String prefix) {
        return new Violation(field == null || field.isEmpty() ? prefix : prefix + (field.startsWith("[") ? "" : ".") + field,
                message);
    }
}
