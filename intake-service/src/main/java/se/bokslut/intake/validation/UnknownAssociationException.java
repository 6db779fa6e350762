package se.bokslut.intake.validation;

/** The association of the path is not known to intake: answered 404. */
public class UnknownAssociationException extends RuntimeException {

    public UnknownAssociationException() {
        super("is not a known association");
    }
}
