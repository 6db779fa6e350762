package se.bokslut.scoring.background;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who the participants of a set of platforms were over a date range (SPEC §12), per gender group: {@code WOMAN},
 * {@code MAN}, {@code OTHER}, {@code UNSPECIFIED} and {@code TOTAL}. Persons are distinct participants across all
 * the platforms asked for; episodes, referrals and closures are summed over the platforms.
 */
@Schema(description = "Background figures of a set of platforms for a date range, per gender group and TOTAL")
public record BackgroundFigures(
        String associationId,
        List<String> platformIds,
        LocalDate from,
        LocalDate to,
        @Schema(description = "Keys WOMAN, MAN, OTHER, UNSPECIFIED, TOTAL") Map<String, Group> groups) {

    /** The background figures of one gender group. */
    public record Group(
            @Schema(description = "Active at any time in the range") Population participants,
            @Schema(description = "Started in the range") Population started,
            @Schema(description = "Referrals in the range per referrer (referredBy); NOT_STATED when none was given") Map<String, Long> referralsByReferrer,
            @Schema(description = "Closures in the range") Closures closures) {
    }

    /**
     * One population counted by person. Each person is described by the profile of their latest start among the
     * population's episodes.
     */
    public record Population(
            @Schema(description = "Distinct participants; two episodes of one person count once") long persons,
            @Schema(description = "Episodes (one per platform and start)") long episodes,
            @Schema(description = "Persons with an earlier episode in the association closed on or before this start") long reReferredPersons,
            @Schema(description = "Persons per age band at start: UNDER_16, 16_19, 20_24, 25_29, 30_39, 40_49, 50_59, 60_64, 65_PLUS, UNKNOWN") Map<String, Long> ageAtStart,
            @Schema(description = "Persons per education level") Map<String, Long> education,
            @Schema(description = "Persons who had each kind of income support at start; a person may have several; NOT_STATED when none was given") Map<String, Long> incomeSupport,
            @Schema(description = "Persons per band of years on public support before start: 0, 1_3, 4_6, 7_PLUS, UNKNOWN") Map<String, Long> yearsOnPublicSupport,
            @Schema(description = "Persons per SCB municipality code; UNKNOWN when none was given") Map<String, Long> municipality) {
    }

    /** Closures in the range: time in the platform, outcomes and their follow-ups. */
    public record Closures(
            long closed,
            @Schema(description = "Closures per fine-grained outcome; every outcome is listed") Map<String, Long> closedByOutcome,
            @Schema(description = "Closures per time from start: UNDER_3_MONTHS, 3_6_MONTHS, 6_12_MONTHS, 12_24_MONTHS, OVER_24_MONTHS") Map<String, Long> timeInPlatform,
            @Schema(nullable = true) Double meanDaysInPlatform,
            @Schema(nullable = true) Double medianDaysInPlatform,
            @Schema(description = "Follow-ups of these closures per outcome and months; only those with a follow-up") List<FollowUp> followUps) {
    }

    /** The follow-ups of closures to one outcome after a number of months. */
    public record FollowUp(String outcome, int monthsAfterClosure, long followedUp, long employed) {
    }
}
