package se.bokslut.scoring.security;

/** The caller is authenticated but the request is outside their scope: answered 403 naming the field. */
public class AccessDeniedException extends RuntimeException {

    private final String field;

    public AccessDeniedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
