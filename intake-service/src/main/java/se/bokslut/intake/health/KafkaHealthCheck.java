package se.bokslut.intake.health;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

import se.bokslut.intake.outbox.OutboxRepository;
import se.bokslut.intake.outbox.OutboxRelay;
import se.bokslut.intake.config.KafkaClientConfig;

/**
 * Kafka as intake sees it. Intake does not need Kafka to give a durable 202 (the outbox in PostgreSQL holds accepted
 * events until Kafka is back, ADR 0002), so this check never makes intake unready: while the cluster does not answer
 * it stays UP with {@code degraded: true}, and the outage shows in {@code bokslut_intake_kafka_reachable} = 0 and a
 * growing outbox backlog, which the alert rules watch.
 */
@Readiness
@Startup
@ApplicationScoped
public class KafkaHealthCheck implements HealthCheck {

    @Inject
    KafkaClientConfig kafkaConfig;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxRepository outbox;

    @Inject
    MeterRegistry metrics;

    private Admin admin;
    private final AtomicInteger reachable = new AtomicInteger(1);

    @PostConstruct
    void registerGauge() {
        metrics.gauge("bokslut.intake.kafka.reachable", reachable);
    }

    /** Keeps the gauge current when no probe asks. */
    @Scheduled(every = "15s", delay = 5, delayUnit = TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        call();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Kafka").withData("bootstrap", kafkaConfig.bootstrapServers());
        try {
            int nodes = admin().describeCluster().nodes().get(3, TimeUnit.SECONDS).size();
            reachable.set(nodes > 0 ? 1 : 0);
            response.withData("nodes", nodes).withData("degraded", nodes == 0);
        } catch (Exception e) {
            reachable.set(0);
            response.withData("degraded", true).withData("error", e.getClass().getSimpleName());
        }
        response.up();
        try {
            response.withData("outboxBacklog", outbox.unpublishedCount());
        } catch (RuntimeException e) {
            response.withData("outboxBacklog", "unknown");
        }
        return response.withData("relayPublishing", relay.isHealthy()).build();
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(kafkaConfig.with(Map.of(
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000)));
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
