package se.bokslut.scoring.volume;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import se.bokslut.scoring.episode.Derivation;

/** A referral or preparation decision on a platform, counted by the day it happened. */
@Entity
@Table(name = "activity")
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_ids")
    @SequenceGenerator(name = "activity_ids", sequenceName = "activity_id_seq", allocationSize = 50)
    public Long id;
    public String associationId;
    public String participantId;
    public String platformId;
    public String kind;
    public LocalDate occurredOn;
    public String referredBy;
    public String gender;
    public UUID eventId;

    static Activity of(String associationId, String participantId, Derivation.Activity derived) {
        Activity activity = new Activity();
        activity.associationId = associationId;
        activity.participantId = participantId;
        activity.platformId = derived.platformId();
        activity.kind = derived.kind().name();
        activity.occurredOn = derived.occurredOn();
        activity.referredBy = derived.referredBy();
        activity.gender = derived.gender().name();
        activity.eventId = derived.eventId();
        return activity;
    }
}
