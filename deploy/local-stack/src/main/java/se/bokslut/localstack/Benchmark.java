package se.bokslut.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code deploy/benchmark.sh}: measures the whole system on this machine and, in the same run, its anchor — the raw
 * Kafka producer it cannot beat — so the figures can be compared between machines as ratios.
 * <ul>
 * <li>anchor: a bare producer, 300-byte records, acks=all, idempotent;</li>
 * <li>intake: batches of 1,000 participant events until each is durable (202 per item);</li>
 * <li>pipeline: from the first event posted until reporting shows every one of them;</li>
 * <li>freshness: one start and one closure posted, until the closure shows in the report (median of 20);</li>
 * <li>report latency: the volume report of a unit group, 200 requests.</li>
 * </ul>
 */
public final class Benchmark {

    private static final String ASSOCIATION = "benchmark";

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path root = Path.of(System.getProperty("bokslut.root", ".")).toAbsolutePath().normalize();
        System.out.printf("Bokslut benchmark: %d events, %d cores, Java %s%n", events,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        try (BokslutSystem system = BokslutSystem.start(root, BokslutSystem.Ports.random(),
                root.resolve("deploy/local-stack/target/benchmark-logs"))) {
            double anchor = rawProducer(system.kafka().bootstrapServers(), events);
            System.out.printf("anchor   raw Kafka producer                  %,10.0f records/s%n", anchor);

            HttpJson.Client analyst = HttpJson.as(system.tokens().analyst(ASSOCIATION));
            analyst.put(system.reporting().url() + "/api/v1/associations/" + ASSOCIATION, """
                    {"name": "Benchmark", "platforms": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
                     "unitGroups": [{"id": "alla", "name": "Alla", "platformIds": ["a", "b"]}]}""").expect(200);
            HttpJson.Client caseSystem = HttpJson.as(system.tokens().caseSystem(ASSOCIATION, "a", "b"));
            DemoLoader.awaitIntakeKnows(system.intake().url(), ASSOCIATION, "b", caseSystem);

            ParticipantEventFactory factory = new ParticipantEventFactory(ASSOCIATION, "benchmark-" + System.nanoTime());
            List<Map<String, Object>> starts = new ArrayList<>(events);
            for (int i = 0; i < events; i++) {
                starts.add(factory.started(i % 2 == 0 ? "a" : "b", "p" + i, LocalDate.of(2019, 1, 1).plusDays(i % 365),
                        i % 3 == 0 ? "MAN" : "WOMAN"));
            }
            long posted = System.nanoTime();
            DemoLoader.postInBatches(system.intake().url() + "/api/v1/participant-events/batch", starts, caseSystem);
            double intakeSeconds = seconds(posted);
            System.out.printf("intake   batches of 1,000, durable (202)     %,10.0f events/s   (%.2f × anchor)%n",
                    events / intakeSeconds, events / intakeSeconds / anchor);

            String volume = system.reporting().url() + "/api/v1/reports/volume?associationId=" + ASSOCIATION
                    + "&unit=alla&year=2019";
            while (analyst.get(volume).json().path("started").path("total").asLong() < events) {
                Thread.sleep(100);
            }
            double pipelineSeconds = seconds(posted);
            System.out.printf("pipeline posted → counted in the report      %,10.0f events/s   (%.2f × anchor)%n",
                    events / pipelineSeconds, events / pipelineSeconds / anchor);

            long[] freshness = new long[20];
            for (int i = 0; i < freshness.length; i++) {
                String participant = "fresh-" + i;
                long start = System.nanoTime();
                caseSystem.post(system.intake().url() + "/api/v1/participant-events",
                        factory.started("a", participant, LocalDate.of(2020, 3, 1), "WOMAN")).expect(202);
                caseSystem.post(system.intake().url() + "/api/v1/participant-events",
                        factory.closed("a", participant, LocalDate.of(2020, 3, 2), "WORK")).expect(202);
                String year = system.reporting().url() + "/api/v1/reports/volume?associationId=" + ASSOCIATION
                        + "&unit=a&year=2020";
                while (analyst.get(year).json().path("closed").path("total").asLong() < i + 1) {
                    Thread.sleep(10);
                }
                freshness[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(freshness);
            System.out.printf("fresh    start + closure → in the report     median %,d ms, max %,d ms%n",
                    freshness[freshness.length / 2], freshness[freshness.length - 1]);

            long[] latency = new long[200];
            for (int i = 0; i < latency.length; i++) {
                long start = System.nanoTime();
                analyst.get(volume).expect(200);
                latency[i] = (System.nanoTime() - start) / 1_000;
            }
            Arrays.sort(latency);
            System.out.printf("report   volume of a unit group (%,d eps.)  p50 %,d µs, p99 %,d µs%n", events,
                    latency[latency.length / 2], latency[latency.length * 99 / 100]);
        }
    }

    private static double rawProducer(String bootstrap, int records) throws Exception {
        String value = "x".repeat(300);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 65536), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("benchmark-anchor", "warm", value)).get();
            long start = System.nanoTime();
            List<Future<RecordMetadata>> sends = new ArrayList<>(records);
            for (int i = 0; i < records; i++) {
                sends.add(producer.send(new ProducerRecord<>("benchmark-anchor", "k" + (i % 100), value)));
            }
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
            return records / seconds(start);
        }
    }

    private static double seconds(long since) {
        return Duration.ofNanos(System.nanoTime() - since).toMillis() / 1000.0;
    }
}
