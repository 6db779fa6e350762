package se.bokslut.intake.validation;

/** A body that is not JSON of the expected shape at all: answered 400. */
public class MalformedInputException extends RuntimeException {

    private final String field;

    public MalformedInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
