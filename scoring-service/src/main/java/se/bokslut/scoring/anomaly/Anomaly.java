package se.bokslut.scoring.anomaly;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event that broke the participant rules; OPEN until a later event makes the history valid. */
@Entity
@Table(name = "anomaly")
public class Anomaly {

    public static final String OPEN = "OPEN";
    public static final String RESOLVED = "RESOLVED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String associationId;
    public String participantId;
    public String platformId;
    public UUID eventId;
    public String eventType;
    public LocalDate occurredOn;
    public String reason;
    public String status;
    public OffsetDateTime detectedAt;
    public OffsetDateTime resolvedAt;
}
