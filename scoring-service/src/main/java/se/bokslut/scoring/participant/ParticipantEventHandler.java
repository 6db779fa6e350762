package se.bokslut.scoring.participant;


import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;


import io.micrometer.core.instrument.MeterRegistry;
import se.bokslut.scoring.anomaly.AnomalyRepository;
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
        Set<List<String>> participants = new LinkedHashSet<>();
        int applied = 0;
        for (ParticipantFact fact : batch) {
            if (facts.insertIfAbsent(fact)) {
                participants.add(List.of(fact.associationId, fact.participantId));
                applied++;
            }
        }
        participants.forEach(participant -> rederive(participant.get(0), participant.get(1)));
        metrics.counter(METER, "result", "applied").increment(applied);
        metrics.counter(METER, "result", "duplicate").increment(batch.size() - applied);
        return applied;
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
