package se.bokslut.reporting.problem;

import java.sql.SQLException;
import java.sql.SQLTransientException;

import org.hibernate.exception.JDBCConnectionException;

/** Tells a database that cannot be reached (answered 503) from a fault (answered 500). */
final class StorageFailures {

    private StorageFailures() {
    }

    static boolean isUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientException
                    || (t instanceof SQLException sql && sql.getSQLState() != null
                            // 08: connection exceptions; 57P: the server is shutting down or starting up
                            && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))
                    || (t.getMessage() != null && t.getMessage().contains("Acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }
}
