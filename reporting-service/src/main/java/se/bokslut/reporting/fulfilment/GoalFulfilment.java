package se.bokslut.reporting.fulfilment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import se.bokslut.reporting.goal.IndicatorKind;
import se.bokslut.reporting.manual.BoardVerdict;
import se.bokslut.reporting.privacy.Suppression;
import se.bokslut.reporting.reference.Unit;
import se.bokslut.reporting.signal.CompositeIndex;
import se.bokslut.reporting.signal.Direction;
import se.bokslut.reporting.signal.Signal;
import se.bokslut.reporting.signal.Tolerance;

/** Goal fulfilment of a unit for a period: every applicable indicator with its result and signal. */
@Schema(description = "Goal fulfilment of a platform or unit group for a period")
public record GoalFulfilment(
        String associationId,
        Unit unit,
        @Schema(example = "2019") String period,
        LocalDate from,
        LocalDate to,
        @Schema(description = "Version of the goal model the targets come from") int goalModelVersion,
        List<AreaResult> goalAreas,
        @Schema(description = "Statuses of all indicator results") StatusSummary summary,
        @Schema(description = "Composite index of all goal areas together (their points and maxima added; no budget)") CompositeIndex index,
        @Schema(description = "Present for BI readers: the small counts hidden and why (docs/security.md)", nullable = true) Suppression suppression) {

    @Schema(description = "A goal area with its goals' results and a status summary")
    public record AreaResult(String id, String title, List<GoalResult> goals, StatusSummary summary,
            @Schema(description = "Composite index of the area's results, with the goal model's points and budget") CompositeIndex index) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A goal with its indicators' results and, where the board gave one, its verdict")
    public record GoalResult(String id, String title, List<IndicatorResult> indicators, StatusSummary summary,
            @Schema(description = "The board's own verdict for the year, beside the computed statuses; absent when "
                    + "none is stored or the period is shorter than the year") BoardVerdict verdict) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "One indicator's result: value shown, target and signal, in total and per gender")
    public record IndicatorResult(
            @Schema(example = "1.1.1") String id,
            String title,
            IndicatorKind kind,
            @Schema(example = "29") Long numerator,
            @Schema(example = "128", description = "Absent for counts") Long denominator,
            @Schema(example = "23", description = "Whole percent (half up) or count; absent when NO_DATA") BigDecimal value,
            @Schema(example = "PERCENT", description = "PERCENT, COUNT, VALUE (a register statistic) or YES_NO") String valueUnit,
            @Schema(example = "35") BigDecimal target,
            Direction direction,
            Tolerance tolerance,
            @Schema(example = "RED", nullable = true, description = "null when the result is suppressed for a BI reader") Signal status,
            @Schema(description = "SURVEY_SHARE: how many answered the question", example = "22") Long answered,
            @Schema(description = "SURVEY_SHARE of participants: participant respondents as a share of closures, whole percent", example = "17") BigDecimal responseRate,
            @Schema(description = "Manual kinds: the analyst's comment on the entered result, such as its source") String comment,
            @Schema(description = "Keys women, men and others (neither women nor men); for survey kinds the genders respondents stated: women, men, other, unsure, declined, notStated") Map<String, GenderResult> byGender,
            @JsonIgnore @Schema(hidden = true) Long respondents,
            @JsonIgnore @Schema(hidden = true) Long closures) {

        /** Without the counts a response rate is computed from (respondents and closures), which only protection reads. */
        public IndicatorResult(String id, String title, IndicatorKind kind, Long numerator, Long denominator,
                BigDecimal value, String valueUnit, BigDecimal target, Direction direction, Tolerance tolerance,
                Signal status, Long answered, BigDecimal responseRate, String comment, Map<String, GenderResult> byGender) {
            this(id, title, kind, numerator, denominator, value, valueUnit, target, direction, tolerance, status, answered,
                    responseRate, comment, byGender, null, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "The result for one gender group, judged against the same target")
    public record GenderResult(Long numerator, Long denominator, BigDecimal value, Signal status) {
    }
}
