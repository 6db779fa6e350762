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
import se.bokslut.intake.validation.Violation;

/** Splits a batch request into items and answers each; the limits are the same for every kind of submission. */
@ApplicationScoped
public class Batches {

    @Inject
    JsonBodies bodies;

    @Inject
    IntakeConfig config;

    @Inject
    AcceptanceService acceptance;

    /** What checking one item gave: a submission to make durable, or the answer for an item that is refused. */
    public record Checked(Submission submission, ItemResult refused) {

        public static Checked valid(Submission submission) {
            return new Checked(submission, null);
        }

        public static Checked refused(ItemResult refused) {
            return new Checked(null, refused);
        }
    }

    /**
     * Checks every element (with its index), makes all valid ones durable in one statement and answers each, in
     * order. {@code idField} names the item's id in a conflict ("eventId", "responseId").
     */
    public BatchResult submit(String body, String noun, String idField, BiFunction<Integer, JsonNode, Checked> check) {
        ArrayNode items = bodies.array(body);
        if (items.size() > config.batchMaxItems()) {
            throw new TooLargeException("", "a batch may carry at most " + config.batchMaxItems() + " " + noun
                    + "; this one has " + items.size());
        }
        if (items.isEmpty()) {
            throw new InvalidInputException("", "the batch is empty; send at least one of the " + noun);
        }
        List<Checked> checked = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            checked.add(check.apply(index, items.get(index)));
        }
        List<AcceptanceStatus> statuses = acceptance.acceptAll(checked.stream().map(Checked::submission)
                .filter(java.util.Objects::nonNull).toList());
        List<ItemResult> results = new ArrayList<>(items.size());
        int next = 0;
        for (int index = 0; index < checked.size(); index++) {
            Checked item = checked.get(index);
            if (item.refused() != null) {
                results.add(item.refused());
                continue;
            }
            AcceptanceStatus status = statuses.get(next++);
            List<Violation> violations = status == AcceptanceStatus.CONFLICT
                    ? List.of(new Violation("[" + index + "]." + idField,
                            "was accepted before with different content"))
                    : List.of();
            results.add(new ItemResult(index, item.submission().id().toString(), status, violations));
        }
        return BatchResult.of(results);
    }
}
