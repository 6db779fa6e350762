package se.bokslut.reporting.goal;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class GoalModelRepository implements PanacheRepositoryBase<GoalModelVersion, GoalModelVersion.Key> {

    public Optional<GoalModelVersion> latest(String associationId, int year) {
        return find("associationId = ?1 and year = ?2 order by version desc", associationId, year).firstResultOptional();
    }

    /** The years the association has a goal model for, oldest first. */
    public java.util.List<Integer> years(String associationId) {
        return getEntityManager().createQuery(
                "select distinct m.year from GoalModelVersion m where m.associationId = ?1 order by m.year",
                Integer.class).setParameter(1, associationId).getResultList();
    }

    public Optional<GoalModelVersion> version(String associationId, int year, int version) {
        return find("associationId = ?1 and year = ?2 and version = ?3", associationId, year, version)
                .firstResultOptional();
    }
}
