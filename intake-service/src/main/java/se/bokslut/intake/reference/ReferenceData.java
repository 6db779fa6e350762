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
    private volatile boolean loaded;

    void replace(KnownAssociation association) {
        associations.put(association.id(), association);
    }

    void remove(String associationId) {
        associations.remove(associationId);
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
        if (!loaded) {
            throw new ReferenceDataNotLoadedException();
        }
        KnownAssociation association = associations.get(associationId);
        if (association == null) {
            throw new InvalidInputException("associationId", "is not a known association");
        }
        KnownAssociation.KnownPlatform platform = association.platforms().get(platformId);
        if (platform == null) {
            throw new InvalidInputException("platformId", "is not a platform of " + associationId);
        }
        if (occurredOn != null && !platform.activeOn(occurredOn)) {
            String from = platform.activeFrom() == null ? "" : " from " + platform.activeFrom();
            String to = platform.activeTo() == null ? "" : " to " + platform.activeTo();
            throw new InvalidInputException("platformId", "was not active on " + occurredOn + " (active" + from + to + ")");
        }
    }
}
