package se.bokslut.intake.acceptance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import se.bokslut.intake.config.IntakeConfig;
import se.bokslut.intake.validation.InvalidInputException;
import se.bokslut.intake.validation.JsonBodies;

/** Splits a batch request into items and answers each; the limits are the same for every kind of submission. */
@ApplicationScoped
public class Batches {

    @Inject
    JsonBodies bodies;

    @Inject
    IntakeConfig config;

    /** Runs {@code item} for every element (with its index) and collects the answers, in order. */
    public BatchResult submit(String body, String noun, BiFunction<Integer, JsonNode, ItemResult> item) {
        ArrayNode items = bodies.array(body);
        if (items.size() > config.batchMaxItems()) {
            throw new TooLargeException("", "a batch may carry at most " + config.batchMaxItems() + " " + noun
                    + "; this one has " + items.size());
        }
        if (items.isEmpty()) {
            throw new InvalidInputException("", "the batch is empty; send at least one of the " + noun);
        }
        List<ItemResult> results = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            results.add(item.apply(index, items.get(index)));
        }
        return BatchResult.of(results);
    }
}
