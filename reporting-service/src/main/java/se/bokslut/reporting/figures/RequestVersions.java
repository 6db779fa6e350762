package se.bokslut.reporting.figures;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;

/** The number of each association's figures, asked once per request: a document of many reports asks scoring once. */
@RequestScoped
public class RequestVersions {

    private final Map<String, Long> versions = new HashMap<>();

    long get(String associationId, Function<String, Long> ask) {
        return versions.computeIfAbsent(associationId, ask);
    }
}
