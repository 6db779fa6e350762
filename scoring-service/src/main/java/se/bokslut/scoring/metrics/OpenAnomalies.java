package se.bokslut.scoring.metrics;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * {@code bokslut_scoring_anomalies_open{association}}: open anomalies per association, read every 30 s, so ops see
 * a sender whose data keeps breaking the participant rules (the counter of opened anomalies only shows the rate).
 */
@Startup
@ApplicationScoped
public class OpenAnomalies {

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry metrics;

    private MultiGauge gauge;

    @PostConstruct
    void register() {
        gauge = MultiGauge.builder("bokslut.scoring.anomalies.open").description("Open anomalies per association")
                .register(metrics);
    }

    @Scheduled(every = "30s", delay = 2, delayUnit = java.util.concurrent.TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                    "SELECT association_id, count(*) FROM anomaly WHERE status = 'OPEN' GROUP BY association_id")
                    .getResultList());
            List<MultiGauge.Row<?>> gauges = new ArrayList<>();
            for (Object[] row : rows) {
                gauges.add(MultiGauge.Row.of(Tags.of("association", (String) row[0]), ((Number) row[1]).longValue()));
            }
            gauge.register(gauges, true);
        } catch (RuntimeException e) {
            // the database is away: keep the last values; health shows the outage
        }
    }
}
