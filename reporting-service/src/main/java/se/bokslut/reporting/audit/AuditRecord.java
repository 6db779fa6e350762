package se.bokslut.reporting.audit;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** One change as the audit API shows it. */
@Schema(name = "AuditRecord", description = "Who changed what, when, and the document before and after")
public record AuditRecord(
        @Schema(example = "GOAL_MODEL", description = "ASSOCIATION, QUESTION, GOAL_MODEL, MANUAL_INPUT or BOARD_VERDICT") String subjectType,
        @Schema(example = "umearegionen/2019") String subjectId,
        @Schema(example = "CHANGED", description = "CREATED, CHANGED or DELETED") String action,
        @Schema(example = "analyst@umearegionen") String actor,
        OffsetDateTime changedAt,
        @Schema(nullable = true) JsonNode before,
        @Schema(nullable = true, description = "null when DELETED") JsonNode after) {
}
