package se.bokslut.reporting.signal;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The composite index of a set of results (sammanvägt index, Umeåregionen's "Impact Index", SPEC §11.2): the points
 * the results earned as a whole percent, rounded half up, of the most they could earn, against the budgeted index.
 * Results without data are left out, so they neither earn nor lower the index.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Composite index: points earned by the results' signals as a whole percent of the maximum")
public record CompositeIndex(
        @Schema(example = "33") int points,
        @Schema(example = "38", description = "Results with a signal (NO_DATA left out) × the points of the best signal") int maxPoints,
        @Schema(example = "87", description = "points / maxPoints as a whole percent, half up; absent when maxPoints is 0") BigDecimal percent,
        @Schema(example = "70", description = "The budgeted index the goal model sets; absent when none is set") BigDecimal budget,
        @Schema(example = "17", description = "percent − budget in index points; absent without both") BigDecimal difference,
        @Schema(description = "Points per signal it was counted with; absent for a total over goal areas") IndexPoints pointsPerStatus) {

    /** An index over no results. */
    public static final CompositeIndex NONE = new CompositeIndex(0, 0, null, null, null, null);

    /** The index of results with these counts of GREEN, YELLOW and RED, under these points and budget. */
    public static CompositeIndex of(int green, int yellow, int red, IndexPoints points, BigDecimal budget) {
        IndexPoints scale = points == null ? IndexPoints.DEFAULT : points;
        int earned = green * scale.green() + yellow * scale.yellow() + red * scale.red();
        int max = (green + yellow + red) * scale.max();
        return of(earned, max, budget, scale);
    }

    private static CompositeIndex of(int points, int maxPoints, BigDecimal budget, IndexPoints scale) {
        BigDecimal percent = SignalRule.percent(points, maxPoints).orElse(null);
        BigDecimal difference = percent == null || budget == null ? null : percent.subtract(budget);
        return new CompositeIndex(points, maxPoints, percent, budget, difference, scale);
    }

    /** The index of several sets of results together (their points and maxima added); it has no budget of its own. */
    public static CompositeIndex total(List<CompositeIndex> parts) {
        return of(parts.stream().mapToInt(CompositeIndex::points).sum(),
                parts.stream().mapToInt(CompositeIndex::maxPoints).sum(), null, null);
    }
}
