package se.bokslut.intake.participant.contract;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One fact about a participant, as a case-management system posts it. The envelope fields are always present; of the
 * type-specific fields exactly those of {@link #type()} are set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ParticipantEvent", description = "A fact about a participant (SPEC §4); only the fields of its type are allowed")
public record ParticipantEvent(
        @Schema(required = true, description = "Chosen by the sender; the idempotency key", example = "0b8e5c1e-4a5f-4d0e-9a57-0d6c4f3b9a10") UUID eventId,
        @Schema(required = true) ParticipantEventType type,
        @Schema(required = true, description = "Swedish local date the fact happened", example = "2019-05-14") LocalDate occurredOn,
        @Schema(required = true, example = "umearegionen") String associationId,
        @Schema(required = true, example = "ungdomstorget") String platformId,
        @Schema(required = true, description = "The sender's pseudonym; never a personal identity number", example = "ut-000123") String participantId,
        @Schema(description = "PARTICIPANT_REFERRED only") ReferralSource referredBy,
        @Schema(description = "PREPARATION_DECIDED only") PreparationDecision decision,
        @Schema(description = "PARTICIPANT_STARTED only") Profile profile,
        @Schema(description = "PARTICIPANT_CLOSED only") Outcome outcome,
        @Schema(description = "FOLLOW_UP_RECORDED only: 6, 12 or 24", example = "6") Integer monthsAfterClosure,
        @Schema(description = "FOLLOW_UP_RECORDED only") Boolean employed,
        @Schema(description = "EVENT_RETRACTED only: a previous event of the same participant") UUID retractedEventId) {

    /** The Kafka record key: keeps one participant's events in order on one partition. */
    public String recordKey() {
        return associationId + ":" + participantId;
    }
}
