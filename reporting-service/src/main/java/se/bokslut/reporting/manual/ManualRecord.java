package se.bokslut.reporting.manual;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One manual entry as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "What an analyst entered for a unit and year: an indicator's result or the board's verdict on a goal")
public record ManualRecord(
        @Schema(example = "hela-forbundet") String unit,
        @Schema(example = "2019") int year,
        @Schema(description = "INDICATOR or GOAL") ManualEntry.SubjectType subjectType,
        @Schema(description = "The indicator's or the goal's id", example = "2.2.1") String subjectId,
        @Schema(description = "For an indicator") ManualInput input,
        @Schema(description = "For a goal") BoardVerdict verdict,
        @Schema(example = "analyst@umearegionen") String changedBy,
        OffsetDateTime changedAt) {
}
