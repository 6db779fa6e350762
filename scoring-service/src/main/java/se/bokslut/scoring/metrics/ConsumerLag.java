package se.bokslut.scoring.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import se.bokslut.scoring.messaging.KafkaAdmin;

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
    KafkaAdmin kafka;

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

    @PostConstruct
    void register() {
        lag = MultiGauge.builder("bokslut.scoring.consumer.lag")
                .description("Records of a partition not yet applied by scoring's consumer group").register(metrics);
    }

    @Scheduled(every = "15s", delay = 5, delayUnit = TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = kafka.admin().listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
            List<String> topics = List.of(participantEventsTopic, surveyResponsesTopic);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            kafka.admin().describeTopics(topics).allTopicNames().get(5, TimeUnit.SECONDS).forEach((topic, description) ->
                    description.partitions().forEach(partition -> latest.put(
                            new TopicPartition(topic, partition.partition()), OffsetSpec.latest())));
            var ends = kafka.admin().listOffsets(latest).all().get(5, TimeUnit.SECONDS);
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

}
