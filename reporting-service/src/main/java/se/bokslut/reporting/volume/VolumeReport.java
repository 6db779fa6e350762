package se.bokslut.reporting.volume;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokslut.reporting.privacy.Suppression;
import se.bokslut.reporting.reference.Unit;

/** The volume table a platform publishes (SPEC §6), for one unit and period. */
@Schema(description = "Volume table of a platform or unit group for a period")
public record VolumeReport(
        @Schema(example = "umearegionen") String associationId,
        Unit unit,
        @Schema(example = "2019", description = "2019, 2019-T1, 2019-Q2 or 2019-05") String period,
        LocalDate from,
        LocalDate to,
        @Schema(description = "Active at any time in the period, counted by episode (a person with two episodes counts twice; in a unit group, once on each platform)") GenderSplit participants,
        @Schema(description = "Distinct persons among the participants: a person with two episodes in the period, or on two platforms of a unit group, counts once") GenderSplit persons,
        @Schema(description = "Started in the period (ny för perioden)") GenderSplit started,
        GenderSplit referrals,
        GenderSplit preparationYes,
        GenderSplit preparationNo,
        @Schema(description = "Closed in the period") GenderSplit closed,
        @Schema(description = "Closures per fine-grained outcome") List<OutcomeRow> closedByOutcome,
        @Schema(description = "Closures per outcome group of the year's goal model; empty when the year has none") List<OutcomeGroupRow> closedByOutcomeGroup,
        @Schema(description = "Still active at the end of the period = participants − closed") GenderSplit remaining,
        @Schema(description = "Mean days from start to closure") DaySplit meanDaysToClosure,
        @Schema(description = "Median days from start to closure") DaySplit medianDaysToClosure,
        @Schema(description = "Follow-ups of the period's closures per outcome group of the year (each outcome when the year has no goal model) after 6, 12 and 24 months") List<FollowUpRow> followUps,
        @Schema(description = "Present for BI readers: the small counts hidden and why (docs/security.md)", nullable = true) Suppression suppression) {

    @Schema(description = "Closures to one outcome")
    public record OutcomeRow(@Schema(example = "WORK") String outcome, Long women, Long men, Long total) {
    }

    @Schema(description = "Closures to one outcome group")
    public record OutcomeGroupRow(@Schema(example = "OTHER_SOLUTION") String group,
            @Schema(example = "Annan behovsanpassad lösning") String name, List<String> outcomes, Long women, Long men,
            Long total) {
    }

    @Schema(description = "Days for women, men and total; null when nobody closed")
    public record DaySplit(Double women, Double men, Double total) {
    }
}
