package se.bokslut.scoring.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * How every consumer of scoring applies a batch of records. Each record is read first; one that can never be applied
 * (a poison record) goes to the dead-letter topic with the reason and the partition goes on. The rest are applied in
 * one transaction: one commit for the whole batch, the offsets committed only after it. While PostgreSQL (or Kafka,
 * for a dead letter) is unreachable the same batch is tried again with a growing pause, so nothing is skipped. Should
 * the batch fail for another reason, its records are applied one at a time so that only the faulty one is
 * dead-lettered.
 */
public final class Redelivery {

    private static final Logger LOG = Logger.getLogger(Redelivery.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private Redelivery() {
    }

    /**
     * @param read turns a record into what the handler applies; throws {@link PoisonRecordException} for poison
     * @param apply applies a list of read records in one transaction
     */
    public static <T> void apply(List<ConsumerRecord<String, String>> records, Function<ConsumerRecord<String, String>, T> read,
            Consumer<List<T>> apply, DeadLetters deadLetters, MeterRegistry metrics, String meter)
            throws InterruptedException {
        List<ConsumerRecord<String, String>> readable = new ArrayList<>(records.size());
        List<T> items = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            try {
                items.add(read.apply(record));
                readable.add(record);
            } catch (PoisonRecordException e) {
                deadLetter(record, e.getMessage(), deadLetters, metrics, meter);
            }
        }
        if (items.isEmpty()) {
            return;
        }
        try {
            retryWhileTransient(() -> apply.accept(items), "a batch of " + items.size() + " from " + readable.get(0).topic());
        } catch (RuntimeException batchFailure) {
            LOG.warnf("A batch of %d failed (%s); applying its records one at a time", items.size(),
                    batchFailure.getClass().getSimpleName());
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                ConsumerRecord<String, String> record = readable.get(i);
                try {
                    retryWhileTransient(() -> apply.accept(List.of(item)), position(record));
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Dead-lettering %s after an unexpected failure", position(record));
                    deadLetter(record, "unexpected failure: " + e.getClass().getSimpleName(), deadLetters, metrics, meter);
                }
            }
        }
    }

    private static void deadLetter(ConsumerRecord<String, String> record, String reason, DeadLetters deadLetters,
            MeterRegistry metrics, String meter) throws InterruptedException {
        LOG.warnf("Dead-lettering %s: %s", position(record), reason);
        retryWhileTransient(() -> deadLetters.send(record, reason), "the dead letter of " + position(record));
        metrics.counter(meter, "result", "dead_lettered").increment();
    }

    /** Runs the work; while the failure is transient, waits and runs it again. Other failures are thrown. */
    private static void retryWhileTransient(Runnable work, String what) throws InterruptedException {
        long backoffMs = 100;
        while (true) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                if (!isTransient(e)) {
                    throw e;
                }
                LOG.warnf("%s, retrying %s in %d ms", e instanceof DeadLetters.DeadLetterUnsentException
                        ? "Kafka unavailable" : StorageFailures.isContention(e) ? "Database contention"
                                : "Database unavailable", what, backoffMs);
                Thread.sleep(backoffMs);
                backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF.toMillis());
            }
        }
    }

    private static String position(ConsumerRecord<String, String> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    /**
     * A failure that goes away by itself: the database connection, a lost race in the database (deadlock,
     * serialization failure, too many connections) or Kafka, not the record.
     */
    public static boolean isTransient(Throwable e) {
        return StorageFailures.anyInTree(e, t -> t instanceof DeadLetters.DeadLetterUnsentException)
                || StorageFailures.isUnavailable(e) || StorageFailures.isContention(e);
    }
}
