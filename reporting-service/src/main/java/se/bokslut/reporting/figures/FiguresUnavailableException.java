package se.bokslut.reporting.figures;

/** scoring-service could not be asked for figures; answered 503 with Retry-After. */
public class FiguresUnavailableException extends RuntimeException {

    public FiguresUnavailableException(Throwable cause) {
        super("scoring-service did not answer: " + cause.getClass().getSimpleName(), cause);
    }
}
