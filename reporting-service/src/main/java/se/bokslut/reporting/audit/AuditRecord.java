package se.bokslut.reporting.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** One change as the audit API shows it. */
@Schema(name = "AuditRecord", description = "Who changed what, when, and the document before and after")
public record AuditRecord(
        @Schema(example = "4711", description = "The entry's number: GET /api/v1/audit/{id} gives it whole") long id,
        @Schema(example = "GOAL_MODEL", description = "ASSOCIATION, QUESTION, GOAL_MODEL, MANUAL_INPUT or BOARD_VERDICT") String subjectType,
        @Schema(example = "umearegionen/2019") String subjectId,
        @Schema(example = "CHANGED", description = "CREATED, CHANGED or DELETED") String action,
        @Schema(example = "analyst@umearegionen") String actor,
        OffsetDateTime changedAt,
        @Schema(nullable = true) JsonNode before,
        @Schema(nullable = true, description = "null when DELETED") JsonNode after,
        @Schema(description = "The documents (before, after) this page leaves out to stay within its size; "
                + "GET /api/v1/audit/{id} gives them", example = "[]") List<String> omitted) {
}
