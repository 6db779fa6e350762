package se.bokslut.intake.acceptance;

/** A batch with more items than the configured limit: answered 413. */
public class TooLargeException extends RuntimeException {

    private final String field;

    public TooLargeException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
