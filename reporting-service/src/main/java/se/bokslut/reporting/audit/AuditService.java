package se.bokslut.reporting.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** How many characters of documents one page of the audit trail carries at most (1 Mi). */
    public static final long PAGE_DOCUMENTS_MAX_CHARS = 1L << 20;

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

    /**
     * One page of the association's changes, newest first. The page carries the documents before and after in order
     * until {@link #PAGE_DOCUMENTS_MAX_CHARS} characters of them are used; a document that would pass that is left out
     * (named in {@code omitted}) and never read from the database, so a page costs at most that much however large
     * the documents are (issue 11, finding 13). {@link #entry} gives one entry whole.
     */
    @Transactional
    public List<AuditRecord> of(String associationId, String subjectType, int page, int size) {
        List<AuditRepository.Heading> headings = audit.headings(associationId, subjectType, page, size);
        Set<Long> befores = new HashSet<>();
        Set<Long> afters = new HashSet<>();
        long budget = PAGE_DOCUMENTS_MAX_CHARS;
        for (AuditRepository.Heading heading : headings) {
            if (heading.beforeLength() >= 0 && heading.beforeLength() <= budget) {
                befores.add(heading.id());
                budget -= heading.beforeLength();
            }
            if (heading.afterLength() >= 0 && heading.afterLength() <= budget) {
                afters.add(heading.id());
                budget -= heading.afterLength();
            }
        }
        Map<Long, String> before = audit.documents(befores, true);
        Map<Long, String> after = audit.documents(afters, false);
        List<AuditRecord> records = new ArrayList<>(headings.size());
        for (AuditRepository.Heading heading : headings) {
            List<String> omitted = new ArrayList<>(2);
            if (heading.beforeLength() >= 0 && !befores.contains(heading.id())) {
                omitted.add("before");
            }
            if (heading.afterLength() >= 0 && !afters.contains(heading.id())) {
                omitted.add("after");
            }
            records.add(new AuditRecord(heading.id(), heading.subjectType(), heading.subjectId(), heading.action(),
                    heading.actor(), heading.changedAt(), json(before.get(heading.id())), json(after.get(heading.id())),
                    omitted));
        }
        return records;
    }

    /** One entry with both its documents, if it is of this association (else empty, as if there were none). */
    @Transactional
    public Optional<AuditRecord> entry(String associationId, long id) {
        return audit.findByIdOptional(id).filter(entry -> entry.associationId.equals(associationId))
                .map(entry -> new AuditRecord(entry.id, entry.subjectType, entry.subjectId, entry.action, entry.actor,
                        entry.changedAt, json(entry.before), json(entry.after), List.of()));
    }

    private JsonNode json(String document) {
        try {
            return document == null ? null : mapper.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audited document is not JSON", e);
        }
    }
}
