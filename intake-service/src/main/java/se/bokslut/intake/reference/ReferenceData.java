package se.bokslut.intake.reference;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import se.bokslut.intake.validation.InvalidInputException;

/**
 * The associations and platforms intake accepts events for, as published by reporting-service on the compacted
 * reference-data topic (ADR 0005). Until the topic has been read to its end, intake cannot validate and answers 503.
 */
@ApplicationScoped
public class ReferenceData {

    private final Map<String, KnownAssociation> associations = new ConcurrentHashMap<>();
    private final Map<String, KnownQuestion> questions = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    void replace(KnownAssociation association) {
        associations.put(association.id(), association);
    }

    void remove(String associationId) {
        associations.remove(associationId);
    }

    /**
     * Keeps a question under its record key: the code of a shipped question, {@code <associationId>/<code>} of an
     * association's own (two associations may own the same code; records of older releases keyed by the code alone
     * are still read).
     */
    void replaceQuestion(String key, KnownQuestion question) {
        questions.put(key, question);
    }

    void removeQuestion(String key) {
        questions.remove(key);
    }

    /** The question with this code if the association may use it: its own, else a shipped one. */
    public Optional<KnownQuestion> question(String associationId, String code) {
        KnownQuestion own = questions.get(associationId + "/" + code);
        if (own != null && own.availableTo(associationId)) {
            return Optional.of(own);
        }
        return Optional.ofNullable(questions.get(code)).filter(question -> question.availableTo(associationId));
    }

    public int questionCount() {
        return questions.size();
    }

    void markLoaded() {
        loaded = true;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public int size() {
        return associations.size();
    }

    public Optional<KnownAssociation> association(String associationId) {
        return Optional.ofNullable(associations.get(associationId));
    }

    /** Rejects an event for an unknown association, an unknown platform or a platform not active on the date. */
    public void checkKnown(String associationId, String platformId, LocalDate occurredOn) {
        checkKnown(associationId, platformId, occurredOn, "platformId");
    }

    /** As {@link #checkKnown(String, String, LocalDate)}, naming the platform's field as given. */
    public void checkKnown(String associationId, String platformId, LocalDate occurredOn, String platformField) {
        if (!loaded) {
            throw new ReferenceDataNotLoadedException();
        }
        KnownAssociation association = associations.get(associationId);
        if (association == null) {
            throw new InvalidInputException("associationId", "is not a known association");
        }
        KnownAssociation.KnownPlatform platform = association.platforms().get(platformId);
        if (platform == null) {
            throw new InvalidInputException(platformField, "is not a platform of " + associationId);
        }
        if (occurredOn != null && !platform.activeOn(occurredOn)) {
            String from = platform.activeFrom() == null ? "" : " from " + platform.activeFrom();
            String to = platform.activeTo() == null ? "" : " to " + platform.activeTo();
            throw new InvalidInputException(platformField, "was not active on " + occurredOn + " (active" + from + to + ")");
        }
    }
}
