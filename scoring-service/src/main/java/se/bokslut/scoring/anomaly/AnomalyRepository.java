package se.bokslut.scoring.anomaly;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import se.bokslut.scoring.episode.Derivation;

@ApplicationScoped
public class AnomalyRepository implements PanacheRepository<Anomaly> {

    /**
     * Brings the stored anomalies of some participants in line with fresh derivations, with one query: new ones are
     * opened, those no longer present are resolved, resolved ones that reappear are opened again. Returns the newly
     * opened ones.
     */
    public List<Derivation.Anomaly> reconcileAll(String associationId, Map<String, List<Derivation.Anomaly>> current) {
        Map<String, List<Anomaly>> stored = new HashMap<>();
        list("associationId = ?1 and participantId in ?2", associationId, current.keySet())
                .forEach(anomaly -> stored.computeIfAbsent(anomaly.participantId, id -> new ArrayList<>()).add(anomaly));
        List<Derivation.Anomaly> opened = new ArrayList<>();
        current.forEach((participantId, anomalies) -> opened.addAll(
                reconcile(associationId, participantId, anomalies, stored.getOrDefault(participantId, List.of()))));
        return opened;
    }

    private List<Derivation.Anomaly> reconcile(String associationId, String participantId,
            List<Derivation.Anomaly> current, List<Anomaly> known) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, Anomaly> stored = new HashMap<>();
        known.forEach(anomaly -> stored.put(anomaly.eventId + "/" + anomaly.reason, anomaly));
        List<Derivation.Anomaly> opened = new ArrayList<>();
        for (Derivation.Anomaly anomaly : current) {
            Anomaly existing = stored.remove(anomaly.eventId() + "/" + anomaly.reason().name());
            if (existing == null) {
                persist(newAnomaly(associationId, participantId, anomaly, now));
                opened.add(anomaly);
            } else if (!Anomaly.OPEN.equals(existing.status)) {
                existing.status = Anomaly.OPEN;
                existing.resolvedAt = null;
                opened.add(anomaly);
            }
        }
        stored.values().stream().filter(anomaly -> Anomaly.OPEN.equals(anomaly.status)).forEach(anomaly -> {
            anomaly.status = Anomaly.RESOLVED;
            anomaly.resolvedAt = now;
        });
        return opened;
    }

    public List<Anomaly> search(String associationId, List<String> platformIds, String status, int page, int size) {
        StringBuilder query = new StringBuilder("associationId = :association");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("association", associationId);
        if (platformIds != null && !platformIds.isEmpty()) {
            query.append(" and platformId in :platforms");
            parameters.put("platforms", platformIds);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.put("status", status);
        }
        return find(query + " order by occurredOn, id", parameters).page(Page.of(page, size)).list();
    }


    private static Anomaly newAnomaly(String associationId, String participantId, Derivation.Anomaly derived,
            OffsetDateTime now) {
        Anomaly anomaly = new Anomaly();
        anomaly.associationId = associationId;
        anomaly.participantId = participantId;
        anomaly.platformId = derived.platformId();
        anomaly.eventId = derived.eventId();
        anomaly.eventType = derived.type().name();
        anomaly.occurredOn = derived.occurredOn();
        anomaly.reason = derived.reason().name();
        anomaly.status = Anomaly.OPEN;
        anomaly.detectedAt = now;
        return anomaly;
    }
}
