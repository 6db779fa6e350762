package se.bokslut.reporting.problem;

import java.util.List;

/** Input that breaks the contract: answered with the given status (400 or 422) and every violation. */
public class InvalidInputException extends RuntimeException {

    private final int status;
    private final List<Violation> violations;

    public InvalidInputException(int status, List<Violation> violations) {
        super(violations.get(0).field() + ": " + violations.get(0).message());
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException unprocessable(String field, String message) {
        return new InvalidInputException(422, List.of(new Violation(field, message)));
    }

    /**
     * A whole-number query parameter given as text (so that "one" is a 400 naming it, not the 404 a failed
     * conversion gives): the fallback when absent; the caller checks the range.
     */
    public static int wholeNumber(String field, String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw badParameter(field, "must be a whole number");
        }
    }

    public static InvalidInputException badParameter(String field, String message) {
        return new InvalidInputException(400, List.of(new Violation(field, message)));
    }

    public int status() {
        return status;
    }

    public List<Violation> violations() {
        return violations;
    }
}
