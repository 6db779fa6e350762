package se.bokslut.reporting.goal;

import java.math.BigDecimal;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import se.bokslut.reporting.signal.IndexPoints;
import se.bokslut.reporting.signal.Signal;

/**
 * How a goal area's composite index is counted (SPEC §11.2): the points per signal (default GREEN 2, YELLOW 1, RED 0)
 * and the budgeted index in percent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Composite index settings of a goal area")
public record GoalAreaIndex(
        @Schema(example = "70", description = "Budgeted index, a whole percent 0–100") BigDecimal budget,
        @Schema(description = "Points per signal, keys GREEN, YELLOW and RED; a key left out keeps its default (2, 1, 0)",
                example = "{\"GREEN\": 2, \"YELLOW\": 1, \"RED\": 0}") Map<Signal, Integer> points) {

    public GoalAreaIndex {
        points = points == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(points));
    }

    public IndexPoints indexPoints() {
        return new IndexPoints(pointsOf(Signal.GREEN, IndexPoints.DEFAULT.green()),
                pointsOf(Signal.YELLOW, IndexPoints.DEFAULT.yellow()), pointsOf(Signal.RED, IndexPoints.DEFAULT.red()));
    }

    private int pointsOf(Signal signal, int otherwise) {
        Integer given = points.get(signal);
        return given == null ? otherwise : given;
    }
}
