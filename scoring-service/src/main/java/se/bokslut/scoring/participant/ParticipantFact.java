package se.bokslut.scoring.participant;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A participant event as received, kept verbatim: the processed-event log and the source of every derivation. Event
 * ids are unique per association, so the association and the event id are its identity.
 */
@Entity
@Table(name = "participant_fact")
@IdClass(ParticipantFact.Key.class)
public class ParticipantFact {

    @Id
    public String associationId;
    @Id
    public UUID eventId;
    public String participantId;
    public String platformId;
    public String type;
    public LocalDate occurredOn;
    public long arrival;
    public String payload;
    public OffsetDateTime receivedAt;

    public Key key() {
        return new Key(associationId, eventId);
    }

    /** The identity of a fact: one association's event id says nothing of another association's. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public String associationId;
        public UUID eventId;

        public Key() {
        }

        public Key(String associationId, UUID eventId) {
            this.associationId = associationId;
            this.eventId = eventId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(associationId, key.associationId)
                    && Objects.equals(eventId, key.eventId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(associationId, eventId);
        }
    }
}
