package se.bokslut.reporting.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import se.bokslut.reporting.security.Caller;

/** Records who changed what, when, with the document before and after; analysts of the association read it back. */
@ApplicationScoped
public class AuditService {

    public static final String ASSOCIATION = "ASSOCIATION";
    public static final String QUESTION = "QUESTION";
    public static final String GOAL_MODEL = "GOAL_MODEL";
    public static final String MANUAL_INPUT = "MANUAL_INPUT";
    public static final String BOARD_VERDICT = "BOARD_VERDICT";
    /** An adopted edition of the social accounts (fastställd version). */
    public static final String SOCIAL_ACCOUNTS_EDITION = "SOCIAL_ACCOUNTS_EDITION";

    @Inject
    AuditRepository audit;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper mapper;

    @Inject
    MeterRegistry metrics;

    /**
     * Records a change in the caller's transaction; {@code before} is null for something new, {@code after} null for
     * something removed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String associationId, String subjectType, String subjectId, String before, String after) {
        AuditEntry entry = new AuditEntry();
        entry.associationId = associationId;
        entry.subjectType = subjectType;
        entry.subjectId = subjectId;
        entry.action = before == null ? "CREATED" : after == null ? "DELETED" : "CHANGED";
        entry.actor = caller.name();
        entry.changedAt = OffsetDateTime.now(ZoneOffset.UTC);
        entry.before = before;
        entry.after = after;
        audit.persist(entry);
        metrics.counter("bokslut.reporting.changes", "subject", subjectType, "action", entry.action).increment();
    }

    /**
     * How many changes of the association were recorded: every write of reporting's own documents (reference data,
     * goal models, questions, manual inputs, editions) records one in its own transaction, so the number moves with
     * each committed change and with nothing else. What reporting computes from its documents may be kept under it.
     */
    @Transactional
    public long changesOf(String associationId) {
        return audit.count("associationId", associationId);
    }

    @Transactional
    public List<AuditRecord> of(String associationId, String subjectType, int page, int size) {
        return audit.ofAssociation(associationId, subjectType, page, size).stream().map(this::record).toList();
    }

    private AuditRecord record(AuditEntry entry) {
        return new AuditRecord(entry.subjectType, entry.subjectId, entry.action, entry.actor, entry.changedAt,
                json(entry.before), json(entry.after));
    }

    private JsonNode json(String document) {
        try {
            return document == null ? null : mapper.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audited document is not JSON", e);
        }
    }
}
