package se.bokslut.scoring.anomaly;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokslut.scoring.episode.AnomalyReason;

/** An anomaly as the API shows it. */
@Schema(name = "Anomaly", description = "An event that broke the participant rules and is not counted")
public record AnomalyView(
        UUID eventId,
        String eventType,
        String platformId,
        String participantId,
        LocalDate occurredOn,
        @Schema(example = "CLOSURE_WITHOUT_START") String reason,
        @Schema(example = "closure without an open episode on the platform") String description,
        @Schema(example = "OPEN", description = "OPEN, or RESOLVED once a later event made the history valid") String status,
        OffsetDateTime detectedAt,
        OffsetDateTime resolvedAt) {

    static AnomalyView of(Anomaly anomaly) {
        return new AnomalyView(anomaly.eventId, anomaly.eventType, anomaly.platformId, anomaly.participantId,
                anomaly.occurredOn, anomaly.reason, AnomalyReason.valueOf(anomaly.reason).description(), anomaly.status,
                anomaly.detectedAt, anomaly.resolvedAt);
    }
}
