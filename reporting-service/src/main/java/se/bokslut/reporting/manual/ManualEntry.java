package se.bokslut.reporting.manual;

import java.io.Serializable;
import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One thing an analyst entered for a unit and year: an indicator's value or the board's verdict on a goal. */
@Entity
@Table(name = "manual_entry")
@IdClass(ManualEntry.Key.class)
public class ManualEntry {

    /** What the entry is about: an indicator (its id is the subject) or a goal (its id is the subject). */
    public enum SubjectType {
        INDICATOR, GOAL
    }

    @Id
    public String associationId;
    @Id
    public int year;
    @Id
    public String unitId;
    @Id
    @Enumerated(EnumType.STRING)
    public SubjectType subjectType;
    @Id
    public String subjectId;
    /** The entered {@link ManualInput} or {@link BoardVerdict} as JSON. */
    public String document;
    public String changedBy;
    public OffsetDateTime changedAt;

    public record Key(String associationId, int year, String unitId, SubjectType subjectType, String subjectId)
            implements Serializable {
        public Key() {
            this(null, 0, null, null, null);
        }
    }
}
