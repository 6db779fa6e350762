package se.bokslut.scoring.participant;


import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.MeterRegistry;
import se.bokslut.scoring.figures.FiguresVersions;
import se.bokslut.scoring.metrics.Freshness;
import se.bokslut.scoring.anomaly.AnomalyRepository;
import se.bokslut.scoring.episode.AnomalyReason;
import se.bokslut.scoring.episode.Derivation;
import se.bokslut.scoring.episode.Fact;
import se.bokslut.scoring.episode.ParticipantHistory;
import se.bokslut.scoring.volume.ParticipantStateRepository;

/**
 * Applies participant events: records each in the fact log (its id makes a redelivery harmless), derives the
 * participant's whole history again and replaces the derived episodes, activities and anomalies — in one transaction
 * per batch, so either all of it commits or none of it and a crash never double counts.
 */
@ApplicationScoped
public class ParticipantEventHandler {

    public static final String METER = "bokslut.scoring.participant.events";

    @Inject
    FactReader reader;

    @Inject
    ParticipantFactRepository facts;

    @Inject
    ParticipantStateRepository state;

    @Inject
    AnomalyRepository anomalies;

    @Inject
    MeterRegistry metrics;

    @Inject
    Freshness freshness;

    @Inject
    FiguresVersions versions;

    /** How many facts of one participant scoring derives a history from (SPEC §14; docs/operations.md). */
    @ConfigProperty(name = "bokslut.scoring.max-facts-per-participant", defaultValue = "1000")
    int maxFactsPerParticipant;

    private static final Comparator<Fact> ARRIVAL = Comparator.comparingLong(Fact::arrival)
            .thenComparing(fact -> fact.eventId().toString());

    /** Reads a record value into the fact to keep; a {@link PoisonRecordException} if it can never be applied. */
    public ParticipantFact read(String value, long arrival) {
        return reader.stored(reader.parse(value), arrival, OffsetDateTime.now(ZoneOffset.UTC), value);
    }

    /** Applies one record value; false when the event had been applied before. */
    @Transactional
    public boolean handle(String value, long arrival) {
        return handleAll(List.of(read(value, arrival))) == 1;
    }

    /**
     * Applies a batch of facts in one transaction: records each one not seen before, then derives the history of each
     * participant concerned once. Returns how many were new.
     */
    @Transactional
    public int handleAll(List<ParticipantFact> batch) {
        Set<ParticipantFact.Key> stored = facts.insertAbsent(batch);
        Map<String, Set<String>> participants = new TreeMap<>();
        batch.stream().filter(fact -> stored.contains(fact.key())).forEach(fact -> participants
                .computeIfAbsent(fact.associationId, association -> new TreeSet<>()).add(fact.participantId));
        participants.forEach(this::rederive);
        versions.raise(participants.keySet());
        batch.stream().filter(fact -> stored.contains(fact.key()))
                .forEach(fact -> freshness.applied(Freshness.PARTICIPANT_EVENTS, fact.payload));
        metrics.counter(METER, "result", "applied").increment(stored.size());
        metrics.counter(METER, "result", "duplicate").increment(batch.size() - stored.size());
        return stored.size();
    }

    /**
     * Derives the histories of some participants of one association from their facts and stores the results. A
     * participant's history is derived from at most {@code maxFactsPerParticipant} facts, the first to arrive; the
     * first one past them is an anomaly ({@link AnomalyReason#TOO_MANY_FACTS}) and it and the later ones stay in the
     * fact log, uncounted, so a flood of events for one participant can neither exhaust memory nor be lost.
     */
    void rederive(String associationId, Set<String> participantIds) {
        Map<String, List<ParticipantFact>> history = facts.ofParticipants(associationId, participantIds,
                maxFactsPerParticipant);
        Map<String, Derivation> derivations = new LinkedHashMap<>();
        Map<String, List<Derivation.Anomaly>> opened = new LinkedHashMap<>();
        for (String participantId : participantIds) {
            List<Fact> participantFacts = new ArrayList<>(history.getOrDefault(participantId, List.of()).stream()
                    .map(reader::fact).toList());
            Fact pastLimit = null;
            if (participantFacts.size() > maxFactsPerParticipant) {
                pastLimit = participantFacts.stream().max(ARRIVAL).orElseThrow();
                participantFacts.remove(pastLimit);
            }
            Derivation derivation = ParticipantHistory.derive(participantFacts);
            if (pastLimit != null) {
                List<Derivation.Anomaly> anomalies = new ArrayList<>(derivation.anomalies());
                anomalies.add(new Derivation.Anomaly(pastLimit.eventId(), pastLimit.type(), pastLimit.platformId(),
                        pastLimit.occurredOn(), AnomalyReason.TOO_MANY_FACTS));
                derivation = new Derivation(derivation.episodes(), derivation.activities(), anomalies);
            }
            derivations.put(participantId, derivation);
            opened.put(participantId, derivation.anomalies());
        }
        state.replaceAll(associationId, derivations);
        anomalies.reconcileAll(associationId, opened).forEach(anomaly -> metrics
                .counter("bokslut.scoring.anomalies.opened", "reason", anomaly.reason().name()).increment());
    }
}
