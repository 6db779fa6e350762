package se.bokslut.intake.acceptance;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import se.bokslut.intake.validation.Violation;

/** The answer for one item of a batch, or for a single submission. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "How one submitted item was answered")
public record ItemResult(
        @Schema(description = "Position in the batch, from 0", example = "0") Integer index,
        @Schema(description = "The item's idempotency key, when it could be read", example = "0b8e5c1e-4a5f-4d0e-9a57-0d6c4f3b9a10") String id,
        AcceptanceStatus status,
        @Schema(description = "Why the item was rejected or conflicts") List<Violation> violations) {
}
