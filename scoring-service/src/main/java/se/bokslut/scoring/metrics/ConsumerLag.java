package se.bokslut.scoring.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import se.bokslut.scoring.messaging.KafkaClientConfig;

/**
 * {@code bokslut_scoring_consumer_lag{topic, partition}}: how many records of each partition scoring's consumer group
 * has not yet committed (end offset − committed offset), read from Kafka every 15 s. The same for every scoring
 * instance, since it is the group's lag, not one instance's; a partition nobody has committed yet counts from its
 * beginning.
 */
@Startup
@ApplicationScoped
public class ConsumerLag {

    @Inject
    KafkaClientConfig kafkaConfig;

    @Inject
    MeterRegistry metrics;

    @Inject
    @ConfigProperty(name = "bokslut.scoring.consumer-group")
    String group;

    @Inject
    @ConfigProperty(name = "mp.messaging.incoming.participant-events.topic")
    String participantEventsTopic;

    @Inject
    @ConfigProperty(name = "mp.messaging.incoming.survey-responses.topic")
    String surveyResponsesTopic;

    private MultiGauge lag;
    private Admin admin;

    @PostConstruct
    void register() {
        lag = MultiGauge.builder("bokslut.scoring.consumer.lag")
                .description("Records of a partition not yet applied by scoring's consumer group").register(metrics);
    }

    @Scheduled(every = "15s", delay = 5, delayUnit = TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin().listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
            List<String> topics = List.of(participantEventsTopic, surveyResponsesTopic);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin().describeTopics(topics).allTopicNames().get(5, TimeUnit.SECONDS).forEach((topic, description) ->
                    description.partitions().forEach(partition -> latest.put(
                            new TopicPartition(topic, partition.partition()), OffsetSpec.latest())));
            var ends = admin().listOffsets(latest).all().get(5, TimeUnit.SECONDS);
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            ends.forEach((partition, end) -> {
                OffsetAndMetadata done = committed.get(partition);
                long behind = Math.max(0, end.offset() - (done == null ? 0 : done.offset()));
                rows.add(MultiGauge.Row.of(Tags.of("topic", partition.topic(), "partition",
                        Integer.toString(partition.partition())), behind));
            });
            lag.register(rows, true);
        } catch (Exception e) {
            // Kafka is away or a topic does not exist yet: keep the last values; health shows Kafka's state
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(kafkaConfig.with(Map.of(
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000)));
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
