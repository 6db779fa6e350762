package se.bokslut.scoring.participant;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Takes participant events off Kafka one at a time, in partition order. While PostgreSQL is unreachable it waits and
 * retries the same record (the offset is committed only after the handler's transaction), so nothing is skipped; a
 * record that can never be applied goes to the dead-letter topic with its reason and does not stop the partition.
 */
@ApplicationScoped
public class ParticipantEventConsumer {

    public static final String CHANNEL = "participant-events";
    private static final Logger LOG = Logger.getLogger(ParticipantEventConsumer.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    @Inject
    ParticipantEventHandler handler;

    @Inject
    MeterRegistry metrics;

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) throws InterruptedException {
        long backoffMs = 100;
        while (true) {
            try {
                handler.handle(record.value(), record.offset());
                return;
            } catch (PoisonRecordException e) {
                LOG.warnf("Dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                        e.getMessage());
                metrics.counter("bokslut.scoring.participant.events", "result", "dead_lettered").increment();
                throw e;
            } catch (RuntimeException e) {
                if (!isTransient(e)) {
                    LOG.errorf(e, "Dead-lettering %s-%d@%d after an unexpected failure", record.topic(),
                            record.partition(), record.offset());
                    metrics.counter("bokslut.scoring.participant.events", "result", "dead_lettered").increment();
                    throw e;
                }
                LOG.warnf("Database unavailable, retrying %s-%d@%d in %d ms", record.topic(), record.partition(),
                        record.offset(), backoffMs);
                Thread.sleep(backoffMs);
                backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF.toMillis());
            }
        }
    }

    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientException
                    || (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                    || (t.getMessage() != null && t.getMessage().contains("Acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }
}
