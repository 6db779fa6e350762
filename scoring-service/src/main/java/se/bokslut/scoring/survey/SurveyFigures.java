package se.bokslut.scoring.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Survey counts of a set of platforms for a date range, per respondent group and question, split by the gender
 * respondents stated: {@code WOMAN}, {@code MAN}, {@code OTHER}, {@code UNSURE}, {@code DECLINED},
 * {@code NOT_STATED} and {@code TOTAL}.
 */
@Schema(description = "Survey counts per respondent group and question, split by stated gender and TOTAL")
public record SurveyFigures(String associationId, List<String> platformIds, LocalDate from, LocalDate to,
        List<GroupFigures> groups) {

    @Schema(description = "One respondent group: how many responded, and the answers to each question")
    public record GroupFigures(
            @Schema(example = "PARTICIPANT") String respondentGroup,
            @Schema(description = "Respondents per gender key and TOTAL") Map<String, Long> respondents,
            List<QuestionFigures> questions) {
    }

    @Schema(description = "One question: how many answered it, and how many chose each answer")
    public record QuestionFigures(
            @Schema(example = "NNS-1") String question,
            @Schema(description = "Answered per gender key and TOTAL") Map<String, Long> answered,
            @Schema(description = "Answer value → gender key → count") Map<String, Map<String, Long>> answers) {
    }
}
