package se.bokslut.intake.survey.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One anonymous questionnaire answer (SPEC §5); no participant id, ever. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SurveyResponse", description = "An anonymous questionnaire answer")
public record SurveyResponse(
        @Schema(required = true, description = "The idempotency key", example = "8c9a4c1e-6f1a-4a8e-b8f5-2f0b9e6d7a11") UUID responseId,
        @Schema(required = true, example = "umearegionen") String associationId,
        @Schema(required = true, description = "One or more; a response counts once for each", example = "[\"ungdomstorget\"]") List<String> platformIds,
        @Schema(required = true) RespondentGroup respondentGroup,
        @Schema(required = true, example = "2019-11-30") LocalDate answeredOn,
        @Schema(description = "Optional") RespondentGender respondentGender,
        @Schema(required = true, description = "Question code → answer (1–6, or YES/NO); unanswered questions are left out",
                example = "{\"NNS-1\": 5, \"NNS-2\": 4, \"NNS-4\": \"YES\", \"UMEA-1.9\": \"NO\"}") Map<String, Object> answers) {
}
