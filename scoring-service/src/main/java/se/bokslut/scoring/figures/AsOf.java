package se.bokslut.scoring.figures;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How current an association's figures are: when scoring applied the newest of its facts. */
@Schema(description = "When scoring applied the association's newest participant event and survey response")
public record AsOf(
        @Schema(example = "umearegionen") String associationId,
        @Schema(nullable = true, description = "The newest of the two below; null when scoring has nothing of the association") OffsetDateTime newestFactAppliedAt,
        @Schema(nullable = true) OffsetDateTime newestParticipantEventAppliedAt,
        @Schema(nullable = true) OffsetDateTime newestSurveyResponseAppliedAt,
        @Schema(nullable = true, example = "2018", description = "The year of the association's earliest event or survey answer") Integer firstActivityYear,
        @Schema(nullable = true, example = "2021", description = "The year of the association's latest event or survey answer") Integer lastActivityYear) {
}
