package se.bokslut.reporting.reference;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AssociationRepository implements PanacheRepositoryBase<AssociationDocument, String> {
}
