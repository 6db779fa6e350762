package se.bokslut.intake.acceptance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.bokslut.intake.config.IntakeConfig;
import se.bokslut.intake.security.AccessDeniedException;
import se.bokslut.intake.validation.InvalidInputException;
import se.bokslut.intake.validation.JsonBodies;
import se.bokslut.intake.validation.Violation;

/**
 * How every kind of submission is answered, alone or in a batch: the body is read, each item checked by the kind's
 * own check (which throws {@link InvalidInputException} or {@link AccessDeniedException}), the valid ones made durable
 * in one statement, and every refusal counted. Participant events and survey responses differ only in their check.
 */
@ApplicationScoped
public class Submissions {

    @Inject
    JsonBodies bodies;

    @Inject
    IntakeConfig config;

    @Inject
    AcceptanceService acceptance;

    /** Which kind of submission, and the name of its id field. */
    public record Kind(String name, String idField, String noun) {
    }

    /**
     * STORE makes valid items durable; VALIDATE answers exactly as STORE would, against what is stored, but stores,
     * publishes and counts nothing (the validation endpoints a vendor tests an export with).
     */
    public enum Mode {
        STORE, VALIDATE
    }

    /**
     * Answers one submission: ACCEPTED or DUPLICATE, or an exception for invalid input (422), a refusal (403) or a
     * conflicting resend (409).
     */
    public ItemResult one(String body, Kind kind, Function<ObjectNode, Submission> check) {
        return one(body, kind, check, Mode.STORE);
    }

    public ItemResult one(String body, Kind kind, Function<ObjectNode, Submission> check, Mode mode) {
        Submission submission;
        try {
            submission = check.apply(bodies.object(body));
        } catch (InvalidInputException | AccessDeniedException e) {
            countRejected(kind, mode);
            throw e;
        }
        AcceptanceStatus status = mode == Mode.STORE ? acceptance.accept(submission)
                : acceptance.assessAll(List.of(submission)).get(0);
        if (status == AcceptanceStatus.CONFLICT) {
            throw new ConflictException(kind.idField(),
                    "was accepted before with different content");
        }
        return new ItemResult(null, submission.id().toString(), status, List.of());
    }

    /**
     * Checks every item of a batch in order, makes all valid ones durable in one statement and answers each. One bad
     * item does not refuse the others.
     */
    public BatchResult batch(String body, Kind kind, Function<ObjectNode, Submission> check) {
        return batch(body, kind, check, Mode.STORE);
    }

    public BatchResult batch(String body, Kind kind, Function<ObjectNode, Submission> check, Mode mode) {
        ArrayNode items = bodies.array(body);
        if (items.size() > config.batchMaxItems()) {
            throw new TooLargeException("", "a batch may carry at most " + config.batchMaxItems() + " " + kind.noun()
                    + "; this one has " + items.size());
        }
        if (items.isEmpty()) {
            throw new InvalidInputException("", "the batch is empty; send at least one of the " + kind.noun());
        }
        List<Submission> valid = new ArrayList<>(items.size());
        List<ItemResult> refused = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            ItemResult refusal = checkItem(index, items.get(index), kind, check, valid, mode);
            refused.add(refusal);
        }
        List<AcceptanceStatus> statuses = mode == Mode.STORE ? acceptance.acceptAll(valid)
                : acceptance.assessAll(valid);
        List<ItemResult> results = new ArrayList<>(items.size());
        int next = 0;
        for (int index = 0; index < items.size(); index++) {
            if (refused.get(index) != null) {
                results.add(refused.get(index));
                continue;
            }
            Submission submission = valid.get(next);
            AcceptanceStatus status = statuses.get(next++);
            List<Violation> violations = status == AcceptanceStatus.CONFLICT
                    ? List.of(new Violation("[" + index + "]." + kind.idField(),
                            "was accepted before with different content"))
                    : List.of();
            results.add(new ItemResult(index, submission.id().toString(), status, violations));
        }
        return BatchResult.of(results);
    }

    /** Adds the item's submission to {@code valid}, or returns the answer that refuses it. */
    private ItemResult checkItem(int index, JsonNode item, Kind kind, Function<ObjectNode, Submission> check,
            List<Submission> valid, Mode mode) {
        String prefix = "[" + index + "]";
        if (!item.isObject()) {
            countRejected(kind, mode);
            return new ItemResult(index, null, AcceptanceStatus.REJECTED,
                    List.of(new Violation(prefix, "must be a JSON object")));
        }
        try {
            valid.add(check.apply((ObjectNode) item));
            return null;
        } catch (InvalidInputException e) {
            countRejected(kind, mode);
            return new ItemResult(index, idOf(item, kind), AcceptanceStatus.REJECTED,
                    e.violations().stream().map(v -> v.prefixed(prefix)).toList());
        } catch (AccessDeniedException e) {
            countRejected(kind, mode);
            return new ItemResult(index, idOf(item, kind), AcceptanceStatus.FORBIDDEN,
                    List.of(new Violation(prefix + "." + e.field(), e.getMessage())));
        }
    }

    private void countRejected(Kind kind, Mode mode) {
        if (mode == Mode.STORE) {
            acceptance.countRejected(kind.name());
        }
    }

    /** The item's id as sent, when it looks like one; never anything else the sender wrote. */
    private static String idOf(JsonNode item, Kind kind) {
        JsonNode id = item.path(kind.idField());
        return id.isTextual() && id.textValue().length() == 36 ? id.textValue() : null;
    }
}
