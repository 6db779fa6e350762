package se.bokslut.intake.outbox;

/** CDI event fired inside the accepting transaction; the relay wakes up once it has committed. */
public final class SubmissionsAccepted {

    public static final SubmissionsAccepted INSTANCE = new SubmissionsAccepted();

    private SubmissionsAccepted() {
    }
}
