package se.bokslut.scoring.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.bokslut.scoring.messaging.KafkaAdmin;

/**
 * Checks at start, and every minute, that the two event topics keep every record (SPEC §15: scoring can be rebuilt
 * only from complete topics). A topic that deletes or compacts records does not stop scoring, but health says so
 * ({@code keepsEveryRecord: false} with the reason), the log warns once, and
 * {@code bokslut_topic_keeps_every_record{topic}} is 0 for the alert rules (1 when it keeps everything).
 */
@Readiness
@Startup
@ApplicationScoped
public class EventTopicsHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(EventTopicsHealthCheck.class);

    @Inject
    KafkaAdmin kafka;

    @Inject
    @ConfigProperty(name = "mp.messaging.incoming.participant-events.topic")
    String participantEventsTopic;

    @Inject
    @ConfigProperty(name = "mp.messaging.incoming.survey-responses.topic")
    String surveyResponsesTopic;

    @Inject
    MeterRegistry metrics;

    private final Map<String, String> verdicts = new ConcurrentHashMap<>();
    private final Map<String, Double> keeps = new ConcurrentHashMap<>();
    private volatile long lastCheck;

    @PostConstruct
    void register() {
        for (String topic : topics()) {
            keeps.put(topic, Double.NaN);
            verdicts.put(topic, "not checked yet");
            Gauge.builder("bokslut.topic.keeps.every.record", keeps, values -> values.getOrDefault(topic, Double.NaN))
                    .tag("topic", topic).description("1 when the topic keeps every record, 0 when it does not")
                    .register(metrics);
        }
    }

    /** Every 5 s until both topics have been read (they may be created only by the first event), then every minute. */
    @Scheduled(every = "5s", delay = 2, delayUnit = TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        boolean known = keeps.values().stream().noneMatch(value -> value.isNaN());
        if (known && System.nanoTime() - lastCheck < TimeUnit.MINUTES.toNanos(1)) {
            return;
        }
        lastCheck = System.nanoTime();
        for (String topic : topics()) {
            try {
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                Config topicConfig = kafka.admin().describeConfigs(List.of(resource)).all().get(5, TimeUnit.SECONDS)
                        .get(resource);
                String reason = TopicRetention.whyNotComplete(name -> topicConfig.get(name) == null ? null
                        : topicConfig.get(name).value());
                keeps.put(topic, reason == null ? 1.0 : 0.0);
                String verdict = reason == null ? "keeps every record" : reason;
                if (reason != null && !verdict.equals(verdicts.get(topic))) {
                    LOG.warnf("Topic %s does not keep every record (%s): a rebuild of scoring from it would miss "
                            + "events; set retention.ms=-1, retention.bytes=-1, cleanup.policy=delete", topic, reason);
                }
                verdicts.put(topic, verdict);
            } catch (Exception e) {
                keeps.put(topic, Double.NaN);
                verdicts.put(topic, "unknown: " + e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Event topics").up();
        Map<String, String> ordered = new LinkedHashMap<>();
        topics().forEach(topic -> ordered.put(topic, verdicts.getOrDefault(topic, "not checked yet")));
        ordered.forEach(response::withData);
        return response.withData("keepsEveryRecord", keeps.values().stream().allMatch(value -> value == 1.0))
                .build();
    }

    private List<String> topics() {
        return List.of(participantEventsTopic, surveyResponsesTopic);
    }

}
