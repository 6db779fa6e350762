package se.bokslut.reporting.goal;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class GoalModelRepository implements PanacheRepositoryBase<GoalModelVersion, GoalModelVersion.Key> {

    public Optional<GoalModelVersion> latest(String associationId, int year) {
        return find("associationId = ?1 and year = ?2 order by version desc", associationId, year).firstResultOptional();
    }

    public Optional<GoalModelVersion> version(String associationId, int year, int version) {
        return find("associationId = ?1 and year = ?2 and version = ?3", associationId, year, version)
                .firstResultOptional();
    }
}
