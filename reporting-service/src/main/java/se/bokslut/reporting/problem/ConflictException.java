package se.bokslut.reporting.problem;

/** The request conflicts with what is stored (e.g. changing a shipped question): answered 409. */
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
