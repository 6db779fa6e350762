package se.bokslut.reporting.years;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import se.bokslut.reporting.fulfilment.GoalFulfilment.GenderResult;
import se.bokslut.reporting.goal.IndicatorKind;
import se.bokslut.reporting.privacy.Suppression;
import se.bokslut.reporting.reference.Unit;
import se.bokslut.reporting.signal.Direction;
import se.bokslut.reporting.signal.Signal;
import se.bokslut.reporting.signal.Tolerance;
import se.bokslut.reporting.volume.GenderSplit;

/**
 * Years side by side (SPEC §13): a unit's indicators over a range of years, matched by their key, each year under its
 * own goal model or all under one year's model ({@code definitionsOf}), with the volume headline of each year.
 */
@Schema(description = "A unit's indicators year by year, matched by indicator key (docs/goal-model.md §7.1)")
public record YearsReport(
        @Schema(example = "umearegionen") String associationId,
        @Schema(example = "ungdomstorget") String unit,
        @Schema(example = "2017") int fromYear,
        @Schema(example = "2020") int toYear,
        @Schema(example = "2020", nullable = true, description = "The year whose goal model every year is assessed "
                + "under; null when each year is assessed under its own") Integer definitionsOf,
        @Schema(description = "Every year of the range, in order, with or without a goal model or data") List<YearSummary> years,
        @Schema(description = "One series per indicator key, each with a result for every year of the range") List<IndicatorSeries> indicators,
        @Schema(description = "Present for BI readers: the small counts hidden, named year.cell (docs/security.md)", nullable = true) Suppression suppression) {

    /** What a year is assessed with, its volume headline, and why something is missing. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "One year: the goal model used, the unit as that model defines it, the volume headline")
    public record YearSummary(
            @Schema(example = "2019") int year,
            @Schema(example = "2019", description = "Whose goal model the year's results use; absent when none") Integer definitionsYear,
            @Schema(example = "3", description = "Version of that goal model") Integer goalModelVersion,
            @Schema(description = "Absent when the unit is unknown that year") Unit unit,
            @Schema(description = "Absent when the unit has no participant facts that year") Headline volume,
            @Schema(description = "Why the year lacks a goal model, the unit or data; empty when it lacks nothing") List<Reason> reasons) {
    }

    /** The headline of the volume table (SPEC §6). */
    @Schema(description = "Participants, started, closed and remaining in the year: women, men and total")
    public record Headline(GenderSplit participants, GenderSplit started, GenderSplit closed, GenderSplit remaining) {
    }

    @Schema(description = "The results of one indicator key, one per year of the range")
    public record IndicatorSeries(
            @Schema(example = "work-share") String key,
            @Schema(example = "Andel av de positiva avsluten som gått till arbete", description = "From the newest "
                    + "model with the key (the definitions model with definitionsOf)") String title,
            List<YearResult> years) {
    }

    /** One indicator in one year; status NO_DATA with a reason when it could not be measured. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "An indicator's result in one year, or NO_DATA with the reason")
    public record YearResult(
            @Schema(example = "2019") int year,
            @Schema(example = "2020", description = "Whose goal model defined this result; absent when none did") Integer definitionsYear,
            @Schema(example = "1.1.2", description = "The indicator's id in that model; absent when it has none") String id,
            String title,
            IndicatorKind kind,
            @Schema(example = "29") Long numerator,
            @Schema(example = "105") Long denominator,
            @Schema(example = "28", description = "Whole percent (half up), count or entered value; absent when NO_DATA") BigDecimal value,
            @Schema(example = "PERCENT") String valueUnit,
            @Schema(example = "35") BigDecimal target,
            Direction direction,
            Tolerance tolerance,
            @Schema(example = "RED", nullable = true, description = "null when the result is suppressed for a BI reader") Signal status,
            @Schema(description = "Why there is no result (status NO_DATA); absent when there is one") Reason reason,
            @Schema(description = "As in goal fulfilment: women, men, others, or the genders survey respondents stated") Map<String, GenderResult> byGender) {
    }

    /** Why a year or a result has nothing to show. */
    @Schema(description = "A code a program can act on and a sentence a reader understands")
    public record Reason(
            @Schema(example = "NO_ANSWERS") Code code,
            @Schema(example = "nobody in STAFF answered STAFF-2 in 2017") String text) {
    }

    /** The reasons a year or a result has nothing to show. */
    public enum Code {
        /** The year has no goal model (each year under its own definitions). */
        NO_GOAL_MODEL,
        /** The year's goal model has no indicator with the key. */
        NOT_IN_MODEL,
        /** The model has the indicator, but not for this unit. */
        NOT_ASSESSED_FOR_UNIT,
        /** The unit is neither a platform nor a unit group under the year's model. */
        UNKNOWN_UNIT,
        /** Scoring has no participant facts of the unit in the year. */
        NO_FIGURES,
        /** Nobody of the respondent group answered the question in the year. */
        NO_ANSWERS,
        /** No result was entered for the manual indicator in the year. */
        NO_MANUAL_ENTRY,
        /** Nothing to take the share of in the year (no closures, participants or follow-ups). */
        ZERO_DENOMINATOR
    }
}
