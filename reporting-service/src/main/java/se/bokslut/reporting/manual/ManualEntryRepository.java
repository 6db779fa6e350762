package se.bokslut.reporting.manual;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ManualEntryRepository implements PanacheRepositoryBase<ManualEntry, ManualEntry.Key> {

    /** The entries of a year, of one unit or (unit null) of all, in a stable order. */
    public List<ManualEntry> ofYear(String associationId, int year, String unitId) {
        if (unitId == null) {
            return list("associationId = ?1 and year = ?2 order by unitId, subjectType, subjectId", associationId, year);
        }
        return list("associationId = ?1 and year = ?2 and unitId = ?3 order by subjectType, subjectId", associationId,
                year, unitId);
    }
}
