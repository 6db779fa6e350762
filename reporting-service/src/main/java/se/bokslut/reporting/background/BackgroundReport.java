package se.bokslut.reporting.background;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokslut.reporting.privacy.Suppression;
import se.bokslut.reporting.reference.Unit;
import se.bokslut.reporting.volume.FollowUpRow;
import se.bokslut.reporting.volume.VolumeReport.DaySplit;

/**
 * Who the participants of a unit were in a period (SPEC §12, "bakgrundsdata"): the participants during the period
 * and, separately, those who started in it, counted by person; referrals by referrer; time in the platform of the
 * period's closures; and the follow-ups of those closures.
 */
@Schema(description = "Background of the participants of a platform or unit group in a period. Persons count once "
        + "per table: a person with two episodes in the period counts once, and in a unit group a person on two of "
        + "its platforms counts on each platform's report but once in the group's.")
public record BackgroundReport(
        @Schema(example = "umearegionen") String associationId,
        Unit unit,
        @Schema(example = "2019") String period,
        LocalDate from,
        LocalDate to,
        @Schema(description = "Everyone active at any time in the period") Population participants,
        @Schema(description = "Those who started in the period (nya för perioden)") Population started,
        @Schema(description = "Referrals in the period (events, not persons)") Row referrals,
        @Schema(description = "Referrals in the period per referrer; shares of all referrals") List<Row> referralsByReferrer,
        @Schema(description = "Closures in the period and how long they had been in the platform") Closures closures,
        @Schema(description = "Follow-ups of the period's closures per outcome group of the year after 6, 12 and 24 months") List<FollowUpRow> followUps,
        @Schema(description = "Present for BI readers: the threshold and the cells hidden", nullable = true) Suppression suppression) {

    /**
     * One population counted by person; each person is described by their latest start in the period. Shares are
     * whole percentages of the population's persons of the same gender.
     */
    @Schema(description = "A population counted by person; shares are whole percentages of its persons")
    public record Population(
            @Schema(description = "Distinct persons") Row persons,
            @Schema(description = "Episodes (a person with two starts, or on two platforms of a group, has two)") Row episodes,
            @Schema(description = "Persons with an earlier episode in the association closed by the time of this start (återaktualiserade)") Row reReferredPersons,
            @Schema(description = "Age at start: the age reached in the year of the start; bands UNDER_16, 16_19, 20_24, 25_29, 30_39, 40_49, 50_59, 60_64, 65_PLUS, UNKNOWN") List<Row> ageAtStart,
            @Schema(description = "Highest education at start") List<Row> education,
            @Schema(description = "Persons who had each kind of income support at start; several per person, so the rows may sum to more than 100 %") List<Row> incomeSupport,
            @Schema(description = "Years on public support before start: 0, 1_3, 4_6, 7_PLUS, UNKNOWN") List<Row> yearsOnPublicSupport,
            @Schema(description = "Home municipality by SCB code; UNKNOWN when none was given") List<Row> municipality) {
    }

    /** Closures in the period. */
    @Schema(description = "Closures in the period; time bands are shares of the closures")
    public record Closures(
            Row closed,
            @Schema(description = "UNDER_3_MONTHS, 3_6_MONTHS, 6_12_MONTHS, 12_24_MONTHS, OVER_24_MONTHS (whole months from start)") List<Row> timeInPlatform,
            @Schema(description = "Mean days from start to closure") DaySplit meanDays,
            @Schema(description = "Median days from start to closure") DaySplit medianDays) {
    }

    /** A count for women, men and total with its share of the base. */
    @Schema(description = "A count for women, men and total (the total includes everyone), with whole-percent shares of the row's base")
    public record Row(
            @Schema(example = "20_24") String category,
            @Schema(example = "20–24 år") String name,
            @Schema(example = "61", nullable = true, description = "null when hidden (see suppression)") Long women,
            @Schema(example = "58", nullable = true) Long men,
            @Schema(example = "119", nullable = true) Long total,
            @Schema(example = "41", nullable = true, description = "null for the base itself, or when the count or its base is hidden") Integer womenPercent,
            @Schema(example = "39", nullable = true) Integer menPercent,
            @Schema(example = "40", nullable = true) Integer totalPercent) {
    }
}
