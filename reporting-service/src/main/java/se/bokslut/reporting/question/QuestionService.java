package se.bokslut.reporting.question;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import se.bokslut.reporting.audit.AuditService;
import se.bokslut.reporting.problem.ConflictException;
import se.bokslut.reporting.problem.Documents;
import se.bokslut.reporting.problem.UnknownResourceException;
import se.bokslut.reporting.problem.Violations;
import se.bokslut.reporting.reference.ReferenceDataPublisher;
import se.bokslut.reporting.reference.ReferenceDataService;
import se.bokslut.reporting.security.Caller;

/**
 * The question catalogue: the shipped questions and those an association's analyst adds. Every change is handed to
 * intake through the question-catalogue topic, so intake validates answers against it.
 */
@ApplicationScoped
public class QuestionService {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:[.-][A-Z0-9]+)*");

    @Inject
    QuestionRepository questions;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    ReferenceDataPublisher publisher;

    @Inject
    Documents documents;

    @Inject
    Caller caller;

    @Inject
    AuditService audit;

    @Transactional
    public List<Question> availableTo(String associationId) {
        return questions.availableTo(associationId).stream().map(QuestionEntry::toQuestion).toList();
    }

    @Transactional
    public List<Question> all() {
        return questions.listAll().stream().map(QuestionEntry::toQuestion).toList();
    }

    /** A lookup of the questions an association may use, by code. */
    @Transactional
    public Function<String, Optional<Question>> lookup(String associationId) {
        Map<String, Question> available = availableTo(associationId).stream()
                .collect(Collectors.toMap(Question::code, question -> question,
                        (one, other) -> one.associationId() != null ? one : other));
        return code -> Optional.ofNullable(available.get(code));
    }

    /**
     * The question with this code the association may use (its own, else a shipped one). Another association's
     * question is answered as one that does not exist, so codes cannot be probed across associations.
     */
    @Transactional
    public Question get(String associationId, String code) {
        return questions.availableTo(associationId, code).map(QuestionEntry::toQuestion)
                .orElseThrow(() -> new UnknownResourceException("code", "no question with this code"));
    }

    /** Adds or changes one of an association's own questions. */
    @Transactional
    public Question put(String code, String body) {
        Question question = documents.read(body, Question.class);
        Violations violations = new Violations();
        violations.check(code != null && CODE.matcher(code).matches() && code.length() <= 64, "code",
                "must be an upper-case code such as UMEA-1.9");
        violations.check(question.code() == null || question.code().equals(code), "code", "must equal the code of the path");
        if (violations.id(question.associationId(), "associationId")) {
            caller.requireAssociation(question.associationId(), "associationId");
            referenceData.get(question.associationId());
        }
        violations.required(question.text(), "text");
        violations.required(question.scale(), "scale");
        if (violations.check(question.respondentGroups() != null && !question.respondentGroups().isEmpty()
                && !question.respondentGroups().contains(null), "respondentGroups", "must list at least one group")) {
            violations.check(new HashSet<>(question.respondentGroups()).size() == question.respondentGroups().size(),
                    "respondentGroups", "lists a group twice");
        }
        violations.throwIfAny();

        if (questions.shipped(code).isPresent()) {
            throw new ConflictException("code", "is a shipped question, which cannot be changed; choose another code");
        }
        QuestionEntry entry = questions.own(question.associationId(), code).orElse(null);
        String before = entry == null ? null : documents.write(entry.toQuestion());
        if (entry == null) {
            entry = new QuestionEntry();
            entry.code = code;
        }
        entry.associationId = question.associationId();
        entry.text = question.text();
        entry.scale = question.scale().name();
        entry.respondentGroups = question.respondentGroups().stream().map(Enum::name).collect(Collectors.joining(","));
        entry.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        questions.persist(entry);
        questions.flush();
        Question stored = entry.toQuestion();
        audit.record(stored.associationId(), AuditService.QUESTION, code, before, documents.write(stored));
        publisher.publish(stored);
        return stored;
    }
}
