package se.bokslut.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The benchmark's {@code replay}: a second scoring instance, on an empty database of its own and a consumer group of
 * its own, rebuilds scoring's state from the event topics while the first one keeps serving; it is caught up when it
 * answers the same figures as the first. The anchor is a raw Kafka consumer reading the same topic from its start.
 */
final class ReplayBenchmark {

    static final String TOPIC = "bokslut.participant-events";

    /** The whole rebuild, the new instance's start included (startedIn of it), against the raw consumer. */
    record Result(long records, double seconds, double startedIn, double anchorPerSecond) {

        double perSecond() {
            return records / seconds;
        }
    }

    private final BokslutSystem system;
    private final Path logs;

    ReplayBenchmark(BokslutSystem system, Path logs) {
        this.system = system;
        this.logs = logs;
    }

    /** Rebuilds, waits until the rebuilt figures equal the serving ones for the given queries, and stops it. */
    Result measure(List<String> figureQueries) throws Exception {
        long records = endOffsets();
        double anchor = rawConsumer(records);
        system.postgres().recreateDatabase("scoring_replay");
        Map<String, String> config = BokslutSystem.config(system.postgres(), system.kafka(), "scoring_replay",
                system.tokens().verificationConfig(logs.resolve(BokslutSystem.PUBLIC_KEY)));
        config.put("bokslut.scoring.consumer-group", "bokslut-scoring-replay-" + System.nanoTime());
        HttpJson.Client reporting = HttpJson.as(system.tokens().reportingService());
        long start = System.nanoTime();
        try (ServiceProcess replay = ServiceProcess.start("scoring-replay", system.scoring().jar(),
                FreePorts.next(), config, logs.resolve("scoring-replay.log"))) {
            replay.awaitReady(Duration.ofSeconds(120));
            double startedIn = (System.nanoTime() - start) / 1e9;
            for (String query : figureQueries) {
                String serving = reporting.get(system.scoring().url() + query).expect(200).body();
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
                while (!serving.equals(reporting.get(replay.url() + query).body())) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the rebuilt scoring did not catch up on " + query);
                    }
                    Thread.sleep(50);
                }
            }
            return new Result(records, (System.nanoTime() - start) / 1e9, startedIn, anchor);
        }
    }

    private KafkaConsumer<String, String> consumer(String group) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
    }

    private long endOffsets() {
        try (KafkaConsumer<String, String> consumer = consumer("benchmark-offsets")) {
            List<TopicPartition> partitions = partitions(consumer);
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        List<PartitionInfo> infos = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30));
        return infos.stream().map(info -> new TopicPartition(TOPIC, info.partition())).toList();
    }

    /** Records per second a bare consumer reads the topic at, from its start to the given count. */
    private double rawConsumer(long records) {
        try (KafkaConsumer<String, String> consumer = consumer("benchmark-raw-" + System.nanoTime())) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long start = System.nanoTime();
            long read = 0;
            while (read < records) {
                read += consumer.poll(Duration.ofMillis(500)).count();
            }
            return read / ((System.nanoTime() - start) / 1e9);
        }
    }
}
