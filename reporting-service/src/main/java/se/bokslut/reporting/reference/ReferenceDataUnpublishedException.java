package se.bokslut.reporting.reference;

/** The reference data could not be handed to Kafka, so nothing was changed: answered 503 with Retry-After. */
public class ReferenceDataUnpublishedException extends RuntimeException {

    public ReferenceDataUnpublishedException(Throwable cause) {
        super("Kafka did not acknowledge the reference data: " + cause.getClass().getSimpleName(), cause);
    }
}
