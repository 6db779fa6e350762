package se.bokslut.scoring.messaging;

/** A record that can never be applied (not JSON, or not the event contract). It goes to the dead-letter topic. */
public class PoisonRecordException extends RuntimeException {

    public PoisonRecordException(String message) {
        super(message);
    }
}
