package se.bokslut.intake.acceptance;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import se.bokslut.intake.outbox.OutboxEntry;
import se.bokslut.intake.outbox.OutboxRepository;
import se.bokslut.intake.outbox.SubmissionsAccepted;

/**
 * Makes submissions durable in intake's transactional outbox, idempotently: the id is the key, the content hash tells a
 * resend (duplicate) from a different submission under the same id (conflict). Once the transaction commits, the
 * submission survives any crash and the outbox relay publishes it to Kafka.
 */
@ApplicationScoped
public class AcceptanceService {

    @Inject
    OutboxRepository outbox;

    @Inject
    Event<SubmissionsAccepted> accepted;

    @Inject
    MeterRegistry metrics;

    @Transactional
    public AcceptanceStatus accept(Submission submission) {
        OutboxEntry entry = OutboxEntry.of(submission, OffsetDateTime.now(ZoneOffset.UTC));
        AcceptanceStatus status;
        if (outbox.insertIfAbsent(entry)) {
            accepted.fire(SubmissionsAccepted.INSTANCE);
            status = AcceptanceStatus.ACCEPTED;
        } else {
            status = outbox.contentHashOf(submission.id())
                    .filter(submission.contentHash()::equals)
                    .map(same -> AcceptanceStatus.DUPLICATE)
                    .orElse(AcceptanceStatus.CONFLICT);
        }
        count(submission.kind(), status);
        return status;
    }

    public void countRejected(String kind) {
        count(kind, AcceptanceStatus.REJECTED);
    }

    private void count(String kind, AcceptanceStatus status) {
        metrics.counter("bokslut.intake.submissions", "kind", kind, "status", status.name()).increment();
    }
}
