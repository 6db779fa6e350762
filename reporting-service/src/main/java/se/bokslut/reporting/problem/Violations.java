package se.bokslut.reporting.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every violation of a document, with the path of each field, before answering 422. */
public final class Violations {

    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    public static final String ID_MESSAGE = "must be a lower-case id of letters, digits and dashes, such as ungdomstorget";

    private final List<Violation> violations = new ArrayList<>();

    public void add(String field, String message) {
        violations.add(new Violation(field, message));
    }

    /** Adds the violation unless the condition holds; returns the condition. */
    public boolean check(boolean condition, String field, String message) {
        if (!condition) {
            add(field, message);
        }
        return condition;
    }

    public boolean required(Object value, String field) {
        boolean present = value != null && !(value instanceof String text && text.isBlank());
        return check(present, field, "is required");
    }

    public boolean id(String value, String field) {
        return required(value, field) && check(ID.matcher(value).matches(), field, ID_MESSAGE);
    }

    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(422, violations);
        }
    }
}
