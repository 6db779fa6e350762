package se.bokslut.reporting.disclosure;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;

/** The grids built during one request: a document made of many reports builds each association's grid once. */
@RequestScoped
public class RequestGrids {

    private final Map<String, Grid> grids = new HashMap<>();

    Grid get(String associationId, Supplier<Grid> build) {
        return grids.computeIfAbsent(associationId, id -> build.get());
    }

    Grid replace(String associationId, Grid grid) {
        grids.put(associationId, grid);
        return grid;
    }
}
