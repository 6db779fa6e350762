package se.bokslut.scoring.episode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Everything a participant's facts imply: episodes, countable activities and anomalies. */
public record Derivation(List<Episode> episodes, List<Activity> activities, List<Anomaly> anomalies) {

    /** Start → (closure) on one platform, with the follow-ups of its closure (months → employed). */
    public record Episode(String platformId, LocalDate startedOn, UUID startEventId, Profile profile,
            LocalDate closedOn, UUID closeEventId, Outcome outcome, Map<Integer, Boolean> followUps) {
    }

    /** A referral or a preparation decision, attributed to the participant's gender as far as it is known. */
    public record Activity(String platformId, ActivityKind kind, LocalDate occurredOn, String referredBy,
            Gender gender, UUID eventId) {
    }

    public enum ActivityKind {
        REFERRAL, PREPARATION_YES, PREPARATION_NO
    }

    /** An event that breaks the participant rules; it does not count in any figure. */
    public record Anomaly(UUID eventId, FactType type, String platformId, LocalDate occurredOn, AnomalyReason reason) {
    }
}
