package se.bokslut.reporting.audit;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEntry> {

    /**
     * One page of an association's changes, newest first, without their documents: each row tells how long its
     * documents are, so the caller decides which to read ({@link #documents}).
     */
    public List<Heading> headings(String associationId, String subjectType, int page, int size) {
        String where = subjectType == null ? "e.associationId = :association"
                : "e.associationId = :association and e.subjectType = :subjectType";
        var query = getEntityManager().createQuery("""
                select e.id, e.subjectType, e.subjectId, e.action, e.actor, e.changedAt,
                       coalesce(length(e.before), -1), coalesce(length(e.after), -1)
                from AuditEntry e where %s order by e.changedAt desc, e.id desc""".formatted(where), Object[].class)
                .setParameter("association", associationId);
        if (subjectType != null) {
            query.setParameter("subjectType", subjectType);
        }
        return query.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(row -> new Heading((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (String) row[4], (OffsetDateTime) row[5], ((Number) row[6]).intValue(),
                        ((Number) row[7]).intValue()))
                .toList();
    }

    /** The {@code before} (or {@code after}) documents of these entries, by entry id. */
    public Map<Long, String> documents(Collection<Long> ids, boolean before) {
        Map<Long, String> documents = new HashMap<>();
        if (!ids.isEmpty()) {
            getEntityManager().createQuery("select e.id, e.%s from AuditEntry e where e.id in :ids"
                    .formatted(before ? "before" : "after"), Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> documents.put((Long) row[0], (String) row[1]));
        }
        return documents;
    }

    /** An entry without its documents; a length of -1 means there is no such document (created, deleted). */
    public record Heading(long id, String subjectType, String subjectId, String action, String actor,
            OffsetDateTime changedAt, int beforeLength, int afterLength) {
    }
}
