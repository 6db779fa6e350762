package se.bokslut.reporting.reference;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The stored reference data of one association, as a validated JSON document with a version. */
@Entity
@Table(name = "association")
public class AssociationDocument {

    @Id
    public String id;
    public String document;
    public int version;
    public OffsetDateTime updatedAt;
}
