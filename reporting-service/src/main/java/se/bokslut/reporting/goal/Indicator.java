package se.bokslut.reporting.goal;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import se.bokslut.reporting.signal.Direction;
import se.bokslut.reporting.signal.Tolerance;

/**
 * How a goal is measured and the planned level (indikator, målnivå). Besides the common fields, each kind uses its
 * own (docs/goal-model.md); a field another kind uses is rejected. The optional {@code key} (nyckel) names the same
 * indicator across years, so a series over the years survives a renumbering.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An indicator with its target; kind-specific fields as documented in docs/goal-model.md")
public record Indicator(
        @Schema(required = true, example = "1.1.1") String id,
        @Schema(required = true, example = "Andel avslutade deltagare som gått till arbete") String title,
        @Schema(required = true) IndicatorKind kind,
        @Schema(required = true, example = "35", description = "Percent for shares, a number for COUNT and MANUAL_VALUE") BigDecimal target,
        @Schema(description = "AT_LEAST when absent") Direction direction,
        Tolerance tolerance,
        @Schema(description = "Units it is assessed for; the model's assessedUnits when absent") List<String> units,
        @Schema(description = "CLOSURE_SHARE: outcome group counted", example = "WORK") String numeratorOutcomeGroup,
        @Schema(description = "CLOSURE_SHARE: outcome group the share is of; all closures when absent", example = "POSITIVE") String denominatorOutcomeGroup,
        @Schema(description = "CLOSURE_SHARE: only participants whose profile has this tag", example = "PSYCHIATRIC_CONTACT") String profileTag,
        @Schema(description = "COUNT: the figure counted") CountMeasure measure,
        @Schema(description = "FOLLOW_UP_SHARE: 6, 12 or 24") Integer monthsAfterClosure,
        @Schema(description = "FOLLOW_UP_SHARE: closures to this group; all closures when absent") String outcomeGroup,
        @Schema(description = "SURVEY_SHARE: question code", example = "NNS-1") String question,
        @Schema(description = "SURVEY_SHARE, RESPONSE_RATE: respondent group", example = "PARTICIPANT") String respondentGroup,
        @Schema(description = "SURVEY_SHARE: answers counted as positive; 4–6 or YES when absent", example = "[\"NO\"]") List<String> positiveAnswers,
        @Schema(description = "Stable key that follows the indicator across years even when its id changes; unique in "
                + "the model; the id when absent", example = "work-share", pattern = "[a-z0-9][a-z0-9._-]{0,62}") String key) {

    /** The key the years report matches indicators by (docs/goal-model.md §7): the {@code key}, else the id. */
    public String keyOrDefault() {
        return key == null ? id : key;
    }

    public Direction directionOrDefault() {
        return direction == null ? Direction.AT_LEAST : direction;
    }
}
