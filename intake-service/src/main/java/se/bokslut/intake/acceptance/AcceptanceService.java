package se.bokslut.intake.acceptance;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import se.bokslut.intake.acceptance.Submission.Key;
import se.bokslut.intake.outbox.OutboxEntry;
import se.bokslut.intake.outbox.OutboxRepository;
import se.bokslut.intake.outbox.SubmissionsAccepted;

/**
 * Makes submissions durable in intake's transactional outbox, idempotently: the association and the id are the key, the
 * content hash tells a resend (duplicate) from a different submission under the same key (conflict). Once the transaction commits, the
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
        return acceptAll(List.of(submission)).get(0);
    }

    /**
     * Makes a list of submissions durable in one statement and answers each, in order: ACCEPTED the first time an id
     * is seen, DUPLICATE when it was accepted before (or earlier in the list) with the same content, CONFLICT when
     * with other content.
     */
    @Transactional
    public List<AcceptanceStatus> acceptAll(List<Submission> submissions) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Set<Key> inserted = outbox.insertAbsent(submissions.stream().map(s -> OutboxEntry.of(s, now)).toList());
        Map<Key, String> known = outbox.contentHashesOf(submissions.stream().map(Submission::key)
                .filter(key -> !inserted.contains(key)).distinct().toList());
        List<AcceptanceStatus> statuses = statuses(submissions, inserted, known);
        for (int i = 0; i < submissions.size(); i++) {
            count(submissions.get(i).kind(), statuses.get(i));
        }
        if (!inserted.isEmpty()) {
            accepted.fire(SubmissionsAccepted.INSTANCE);
        }
        return statuses;
    }

    /**
     * What {@link #acceptAll} would answer for the submissions, without storing, publishing or counting anything:
     * ACCEPTED for an id not seen before, DUPLICATE or CONFLICT against what is stored (or earlier in the list).
     */
    @Transactional
    public List<AcceptanceStatus> assessAll(List<Submission> submissions) {
        Map<Key, String> known = outbox.contentHashesOf(submissions.stream().map(Submission::key).distinct().toList());
        Set<Key> wouldInsert = new HashSet<>();
        for (Submission submission : submissions) {
            if (!known.containsKey(submission.key())) {
                wouldInsert.add(submission.key());
            }
        }
        return statuses(submissions, wouldInsert, known);
    }

    /** Each submission's answer, given the ids newly stored and the content hashes stored before. */
    private static List<AcceptanceStatus> statuses(List<Submission> submissions, Set<Key> inserted,
            Map<Key, String> known) {
        Map<Key, String> seen = new HashMap<>();
        List<AcceptanceStatus> statuses = new ArrayList<>(submissions.size());
        for (Submission submission : submissions) {
            Key key = submission.key();
            String before = seen.containsKey(key) ? seen.get(key) : known.get(key);
            AcceptanceStatus status = before == null && inserted.contains(key) ? AcceptanceStatus.ACCEPTED
                    : submission.contentHash().equals(before) ? AcceptanceStatus.DUPLICATE : AcceptanceStatus.CONFLICT;
            seen.putIfAbsent(key, submission.contentHash());
            statuses.add(status);
        }
        return statuses;
    }

    public void countRejected(String kind) {
        count(kind, AcceptanceStatus.REJECTED);
    }

    private void count(String kind, AcceptanceStatus status) {
        metrics.counter("bokslut.intake.submissions", "kind", kind, "status", status.name()).increment();
    }
}
