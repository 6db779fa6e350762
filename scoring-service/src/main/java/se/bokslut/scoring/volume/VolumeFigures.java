package se.bokslut.scoring.volume;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The volume figures (SPEC §6) of a set of platforms for a date range, per gender group: {@code WOMAN}, {@code MAN},
 * {@code OTHER}, {@code UNSPECIFIED} and {@code TOTAL} (everyone).
 */
@Schema(description = "Volume figures of a set of platforms for a date range, per gender group and TOTAL")
public record VolumeFigures(
        String associationId,
        List<String> platformIds,
        LocalDate from,
        LocalDate to,
        @Schema(description = "Profile tag the episode figures were filtered by, if any") String tag,
        @Schema(description = "Keys WOMAN, MAN, OTHER, UNSPECIFIED, TOTAL") Map<String, GroupFigures> groups) {

    /** The figures of one gender group. */
    public record GroupFigures(
            @Schema(description = "Active at any time in the range: started before its end, not closed before its start") long participants,
            @Schema(description = "Distinct persons among the participants: a person with two episodes, on one platform or on two of the platforms asked for, counts once") long persons,
            @Schema(description = "Started in the range") long started,
            @Schema(description = "Referrals in the range (never filtered by tag)") long referrals,
            @Schema(description = "Preparation decisions YES in the range (never filtered by tag)") long preparationYes,
            @Schema(description = "Preparation decisions NO in the range (never filtered by tag)") long preparationNo,
            @Schema(description = "Closed in the range") long closed,
            @Schema(description = "Closed in the range, per fine-grained outcome; every outcome is listed") Map<String, Long> closedByOutcome,
            @Schema(description = "Still active at the end of the range = participants − closed") long remaining,
            @Schema(description = "Mean days from start to closure of those closed in the range", nullable = true) Double meanDaysToClosure,
            @Schema(description = "Median days from start to closure of those closed in the range", nullable = true) Double medianDaysToClosure,
            @Schema(description = "Follow-ups of closures in the range, per outcome and months") List<FollowUpFigures> followUps) {
    }

    /** Follow-ups of closures to one outcome after a number of months. */
    public record FollowUpFigures(String outcome, int monthsAfterClosure, long followedUp, long employed) {
    }
}
