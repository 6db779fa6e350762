package se.bokslut.reporting.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEntry> {

    public List<AuditEntry> ofAssociation(String associationId, String subjectType, int page, int size) {
        return (subjectType == null
                ? find("associationId = ?1 order by changedAt desc, id desc", associationId)
                : find("associationId = ?1 and subjectType = ?2 order by changedAt desc, id desc", associationId,
                        subjectType))
                .page(Page.of(page, size)).list();
    }
}
