package se.bokslut.scoring.participant;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A participant event as received, kept verbatim: the processed-event log and the source of every derivation. */
@Entity
@Table(name = "participant_fact")
public class ParticipantFact {

    @Id
    public UUID eventId;
    public String associationId;
    public String participantId;
    public String platformId;
    public String type;
    public LocalDate occurredOn;
    public long arrival;
    public String payload;
    public OffsetDateTime receivedAt;
}
