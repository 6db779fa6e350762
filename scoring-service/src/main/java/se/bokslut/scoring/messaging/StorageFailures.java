package se.bokslut.scoring.messaging;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a database that cannot be reached (answered 503, or retried) from a fault (answered 500). A failure can show
 * the lost connection only among the suppressed exceptions: when the connection drops during the commit, the
 * transaction manager throws a RollbackException and hangs the driver's error on it as suppressed, not as its cause.
 * So the whole tree of causes and suppressed exceptions is searched.
 */
public final class StorageFailures {

    private StorageFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        return anyInTree(failure, StorageFailures::isConnectionLoss);
    }

    /**
     * Whether the statement lost a race or the server was full, so the same work succeeds when tried again: a
     * deadlock (40P01), a serialization failure (40001), a lock not available (55P03) or too many connections
     * (53300). Such a record is retried, never dead-lettered.
     */
    public static boolean isContention(Throwable failure) {
        return anyInTree(failure, t -> t instanceof SQLException sql && sql.getSQLState() != null
                && CONTENTION.contains(sql.getSQLState()));
    }

    private static final Set<String> CONTENTION = Set.of("40P01", "40001", "55P03", "53300");

    /** Whether the failure, one of its causes or one of their suppressed exceptions is of the kind asked for. */
    static boolean anyInTree(Throwable failure, Predicate<Throwable> kind) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> open = new ArrayDeque<>();
        open.push(failure);
        while (!open.isEmpty()) {
            Throwable t = open.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (kind.test(t)) {
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

    private static boolean isConnectionLoss(Throwable t) {
        return t instanceof JDBCConnectionException || t instanceof SQLTransientException
                || (t instanceof SQLException sql && sql.getSQLState() != null
                        // 08: connection exceptions; 57P: the server is shutting down or starting up
                        && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))
                || (t.getMessage() != null && t.getMessage().contains("Acquisition timeout"));
    }
}
