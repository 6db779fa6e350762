package se.bokslut.intake.outbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * What ops watch of the outbox: {@code bokslut_intake_outbox_backlog} (rows accepted but not yet published) and
 * {@code bokslut_intake_outbox_oldest_age_seconds} (how long the oldest of them has waited; 0 when none waits). Read
 * from the database every 5 s, so a scrape never waits for it; the age keeps growing between reads, and through a
 * database outage, from the last oldest row seen.
 */
@Startup
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    @Inject
    OutboxRepository outbox;

    @Inject
    MeterRegistry metrics;

    private final AtomicLong backlog = new AtomicLong();
    private final AtomicReference<OffsetDateTime> oldest = new AtomicReference<>();
    private volatile boolean failing;

    @PostConstruct
    void register() {
        Gauge.builder("bokslut.intake.outbox.backlog", backlog, AtomicLong::get)
                .description("Accepted submissions not yet published to Kafka").register(metrics);
        Gauge.builder("bokslut.intake.outbox.oldest.age", this, OutboxMetrics::oldestAgeSeconds).baseUnit("seconds")
                .description("Age of the oldest submission not yet published to Kafka").register(metrics);
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            OutboxRepository.Backlog now = QuarkusTransaction.requiringNew().call(outbox::backlog);
            backlog.set(now.rows());
            oldest.set(now.oldestAcceptedAt());
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("Outbox metrics not refreshed: %s", e.getClass().getSimpleName());
            }
            failing = true;
        }
    }

    double oldestAgeSeconds() {
        OffsetDateTime acceptedAt = oldest.get();
        return acceptedAt == null ? 0
                : Math.max(0, Duration.between(acceptedAt, OffsetDateTime.now(ZoneOffset.UTC)).toMillis() / 1000.0);
    }
}
