package se.bokslut.scoring.participant;


import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.micrometer.core.instrument.MeterRegistry;
import se.bokslut.scoring.anomaly.AnomalyRepository;
import se.bokslut.scoring.episode.Derivation;
import se.bokslut.scoring.episode.Fact;
import se.bokslut.scoring.episode.ParticipantHistory;
import se.bokslut.scoring.volume.ParticipantStateRepository;

/**
 * Applies one participant event in one transaction: records it in the fact log (its id makes a redelivery
 * harmless), derives the participant's whole history again and replaces the derived episodes, activities and
 * anomalies. Either all of that commits or none of it, so a crash never double counts.
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

    /** Returns false when the event had been applied before. */
    @Transactional
    public boolean handle(String value, long arrival) {
        JsonNode json = reader.parse(value);
        ParticipantFact stored = reader.stored(json, arrival, OffsetDateTime.now(ZoneOffset.UTC), value);
        if (!facts.insertIfAbsent(stored)) {
            metrics.counter(METER, "result", "duplicate").increment();
            return false;
        }
        rederive(stored.associationId, stored.participantId);
        metrics.counter(METER, "result", "applied").increment();
        return true;
    }

    /** Derives one participant's history from all their facts and stores the result. */
    void rederive(String associationId, String participantId) {
        List<Fact> history = facts.ofParticipant(associationId, participantId).stream().map(reader::fact).toList();
        Derivation derivation = ParticipantHistory.derive(history);
        state.replace(associationId, participantId, derivation);
        anomalies.reconcile(associationId, participantId, derivation.anomalies()).forEach(anomaly -> metrics
                .counter("bokslut.scoring.anomalies.opened", "reason", anomaly.reason().name()).increment());
    }
}
