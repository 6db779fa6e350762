package se.bokslut.intake.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import se.bokslut.intake.config.IntakeConfig;

/**
 * Publishes the outbox to Kafka. Woken right after an accepting transaction commits (so an event reaches Kafka within
 * milliseconds) and every second as a safety net (after a restart, a Kafka outage, or for rows of a crashed instance).
 * <p>
 * Each round locks a batch of unpublished rows ({@code FOR UPDATE SKIP LOCKED}, so instances share the work), sends
 * them, waits for Kafka's acknowledgement and only then marks them published in the same transaction. A crash in
 * between publishes a row again; scoring ignores the duplicate by its id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    OutboxRepository outbox;

    @Inject
    KafkaPublisher publisher;

    @Inject
    IntakeConfig config;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wakeAgain = new AtomicBoolean();
    private volatile boolean healthy = true;

    void onAccepted(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionsAccepted accepted) {
        wake();
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    /** Starts a drain unless one is running; a running drain is told to look again before it stops. */
    public void wake() {
        wakeAgain.set(true);
        if (running.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    /** True when the last publishing round succeeded. */
    public boolean isHealthy() {
        return healthy;
    }

    private void drain() {
        try {
            while (wakeAgain.getAndSet(false)) {
                while (publishOneBatch() == config.outbox().batchSize()) {
                    // a full batch: there may be more
                }
            }
            healthy = true;
        } catch (RuntimeException e) {
            if (healthy) {
                LOG.warnf("Outbox relay paused, will retry: %s", rootMessage(e));
            }
            healthy = false;
        } finally {
            running.set(false);
            // a wake-up that raced with the end of this drain must not be lost
            if (wakeAgain.get() && healthy && running.compareAndSet(false, true)) {
                worker.execute(this::drain);
            }
        }
    }

    private int publishOneBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<OutboxEntry> batch = outbox.lockUnpublished(config.outbox().batchSize());
            if (batch.isEmpty()) {
                return 0;
            }
            publisher.publishAll(batch);
            outbox.markPublished(batch.stream().map(entry -> entry.seq).toList(), OffsetDateTime.now(ZoneOffset.UTC));
            return batch.size();
        });
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
