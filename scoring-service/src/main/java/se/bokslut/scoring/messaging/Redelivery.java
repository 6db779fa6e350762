package se.bokslut.scoring.messaging;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * How every consumer of scoring applies a record: while PostgreSQL is unreachable it waits and applies the same
 * record again (the offset is committed only after the handler's transaction), so nothing is skipped; a record that
 * can never be applied is rethrown, which sends it to the channel's dead-letter topic with the reason and lets the
 * partition go on.
 */
public final class Redelivery {

    private static final Logger LOG = Logger.getLogger(Redelivery.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private Redelivery() {
    }

    public static void apply(ConsumerRecord<String, String> record, MeterRegistry metrics, String meter,
            Runnable handler) throws InterruptedException {
        long backoffMs = 100;
        while (true) {
            try {
                handler.run();
                return;
            } catch (PoisonRecordException e) {
                LOG.warnf("Dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                        e.getMessage());
                metrics.counter(meter, "result", "dead_lettered").increment();
                throw e;
            } catch (RuntimeException e) {
                if (!isTransient(e)) {
                    LOG.errorf(e, "Dead-lettering %s-%d@%d after an unexpected failure", record.topic(),
                            record.partition(), record.offset());
                    metrics.counter(meter, "result", "dead_lettered").increment();
                    throw e;
                }
                LOG.warnf("Database unavailable, retrying %s-%d@%d in %d ms", record.topic(), record.partition(),
                        record.offset(), backoffMs);
                Thread.sleep(backoffMs);
                backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF.toMillis());
            }
        }
    }

    /** A failure that goes away by itself: the database connection, not the record. */
    public static boolean isTransient(Throwable e) {
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
