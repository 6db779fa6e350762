package se.bokslut.intake.problem;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a database that cannot be reached (answered 503, or retried) from a fault (answered 500). A failure can show
 * the lost connection only among the suppressed exceptions: when the connection drops during the commit, the
 * transaction manager throws a RollbackException and hangs the driver's error on it as suppressed, not as its cause.
 * So the whole tree of causes and suppressed exceptions is searched. Intake also counts any commit that failed or whose
 * outcome is unknown as unavailability: nothing else fails at commit here (there are no deferred constraints), and a
 * resend with the same id is always safe.
 */
final class StorageFailures {

    private StorageFailures() {
    }

    static boolean isUnavailable(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> open = new ArrayDeque<>();
        open.push(failure);
        while (!open.isEmpty()) {
            Throwable t = open.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (isConnectionLoss(t)) {
                return true;
            }
            if (t.getCause() != null) {
                open.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                open.push(suppressed);
            }
        }
        return false;
    }

    /** The class names of a failure and its causes, outermost first: enough for a log line, with no data in it. */
    static String causes(Throwable failure) {
        StringBuilder names = new StringBuilder(failure.getClass().getSimpleName());
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(failure);
        for (Throwable t = failure.getCause(); t != null && seen.add(t); t = t.getCause()) {
            names.append(" < ").append(t.getClass().getSimpleName());
        }
        return names.toString();
    }

    private static boolean isConnectionLoss(Throwable t) {
        // a commit that failed or whose outcome is unknown: intake's answer is the same, resend with the same id
        return t instanceof RollbackException || t instanceof HeuristicMixedException
                || t instanceof HeuristicRollbackException
                || t instanceof JDBCConnectionException || t instanceof SQLTransientException
                || (t instanceof SQLException sql && sql.getSQLState() != null
                        // 08: connection exceptions; 57P: the server is shutting down or starting up
                        && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))
                || (t.getMessage() != null && t.getMessage().contains("Acquisition timeout"));
    }
}
