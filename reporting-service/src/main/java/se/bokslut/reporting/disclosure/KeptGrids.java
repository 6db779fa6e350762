package se.bokslut.reporting.disclosure;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The newest grid of each association, kept under what it was built from: the number of the association's figures at
 * scoring and the number of its recorded changes in reporting (ADR 0014). A request that finds both numbers unchanged
 * uses the grid as it is; any fact scoring applies or any document reporting stores moves one of them, and the next
 * request builds the grid again. Never by time.
 */
@ApplicationScoped
public class KeptGrids {

    /** How often a BI request found its association's grid kept, and how often it had to build one. */
    public static final String METER = "bokslut.reporting.disclosure.grids";

    /** What a grid was built from. */
    record State(String figuresVersion, long changes) {
    }

    private record Kept(State state, Grid grid) {
    }

    private final Map<String, Kept> grids = new ConcurrentHashMap<>();

    @Inject
    MeterRegistry metrics;

    Grid get(String associationId, State state, Supplier<Grid> build) {
        Kept kept = grids.get(associationId);
        if (kept != null && kept.state().equals(state)) {
            metrics.counter(METER, "result", "kept").increment();
            return kept.grid();
        }
        metrics.counter(METER, "result", "built").increment();
        Grid grid = build.get();
        grids.put(associationId, new Kept(state, grid));
        return grid;
    }

    /** Keeps a grid built again because a report disagreed with the kept one (counted as built). */
    void replace(String associationId, State state, Grid grid) {
        metrics.counter(METER, "result", "built").increment();
        grids.put(associationId, new Kept(state, grid));
    }
}
