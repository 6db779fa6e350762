package se.bokslut.reporting.audit;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of reference data, a question or a goal model. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String associationId;
    public String subjectType;
    public String subjectId;
    public String action;
    public String actor;
    public OffsetDateTime changedAt;
    public String before;
    public String after;
}
