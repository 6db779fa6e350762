package se.bokslut.intake.acceptance;

/** The same idempotency key was accepted before with different content: answered 409, nothing changes. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
