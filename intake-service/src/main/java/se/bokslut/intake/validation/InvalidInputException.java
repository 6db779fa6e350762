package se.bokslut.intake.validation;

import java.util.List;

/** Input that is well-formed JSON but breaks the contract: answered 422 with the violations. */
public class InvalidInputException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.isEmpty() ? "invalid input" : violations.get(0).field() + ": " + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
