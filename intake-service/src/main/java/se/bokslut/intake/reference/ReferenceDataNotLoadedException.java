package se.bokslut.intake.reference;

/** Intake has not yet read the reference data and cannot validate events: answered 503 with Retry-After. */
public class ReferenceDataNotLoadedException extends RuntimeException {

    public ReferenceDataNotLoadedException() {
        super("the reference data has not been loaded yet");
    }
}
