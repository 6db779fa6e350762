package se.bokslut.reporting.problem;

/** Something the request names does not exist (an association, a unit, a goal model): answered 404. */
public class UnknownResourceException extends RuntimeException {

    private final String field;

    public UnknownResourceException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
