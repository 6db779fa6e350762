package se.bokslut.reporting.figures;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;

/** The number of each association's figures, asked once per request: a document of many reports asks scoring once. */
@RequestScoped
public class RequestVersions {

    private final Map<String, String> versions = new HashMap<>();

    String get(String associationId, Function<String, String> ask) {
        return versions.computeIfAbsent(associationId, ask);
    }
}
