package se.bokslut.reporting.goal;

import java.io.Serializable;
import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One uploaded version of an association's goal model for a year; the newest version is the one in force. */
@Entity
@Table(name = "goal_model_version")
@IdClass(GoalModelVersion.Key.class)
public class GoalModelVersion {

    @Id
    public String associationId;
    @Id
    public int year;
    @Id
    public int version;
    public String document;
    public OffsetDateTime createdAt;

    public record Key(String associationId, int year, int version) implements Serializable {
        public Key() {
            this(null, 0, 0);
        }
    }
}
