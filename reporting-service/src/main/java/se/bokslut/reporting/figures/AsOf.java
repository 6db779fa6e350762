package se.bokslut.reporting.figures;

import java.time.OffsetDateTime;

/** When scoring applied an association's newest fact (its {@code /api/v1/figures/as-of}). */
public record AsOf(String associationId, OffsetDateTime newestFactAppliedAt,
        OffsetDateTime newestParticipantEventAppliedAt, OffsetDateTime newestSurveyResponseAppliedAt,
        Integer firstActivityYear, Integer lastActivityYear) {
}
