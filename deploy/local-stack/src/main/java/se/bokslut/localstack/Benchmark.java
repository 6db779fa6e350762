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
 * <li>report latency: the volume report of a unit group, 200 requests;</li>
 * <li>history: a year's background and volume report with nine years stored before it, against none
 * ({@link HistoryBenchmark});</li>
 * <li>render: the demo's social accounts of 2019 for the whole association, HTML, warm;</li>
 * <li>ready: from nothing to Kafka, PostgreSQL and the three services ready (what {@code run-local.sh --no-demo}
 * waits for);</li>
 * <li>replay: a second scoring rebuilt from the event topics until it answers the same figures
 * ({@link ReplayBenchmark}), against a raw consumer of the topic;</li>
 * <li>heap: each service's largest heap in use during the run ({@link HeapSampler}).</li>
 * </ul>
 * Every figure is also written to {@code deploy/local-stack/target/benchmark/result.json}.
 */
public final class Benchmark {

    private static final String ASSOCIATION = "benchmark";

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = Arrays.asList(args).contains("--quick");
        int events = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).findFirst().map(Integer::parseInt)
                .orElse(quick ? 5_000 : 20_000);
        List<Map<String, Object>> figures = new ArrayList<>();
        Path root = Path.of(System.getProperty("bokslut.root", ".")).toAbsolutePath().normalize();
        System.out.printf("Bokslut benchmark: %d events, %d cores, Java %s%n", events,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Path logs = root.resolve("deploy/local-stack/target/benchmark-logs");
        long starting = System.nanoTime();
        try (BokslutSystem system = BokslutSystem.start(root, BokslutSystem.Ports.random(), logs,
                Map.of("bokslut.intake.benchmark-anchor", "true"));
                HeapSampler heap = new HeapSampler(system.services())) {
            double ready = seconds(starting);
            System.out.printf("ready    Kafka, PostgreSQL and the three services ready  %,6.1f s%n", ready);
            figures.add(figure("ready", ready, "s", null, null, "<= 30", ready <= 30));
            double anchor = rawProducer(system.kafka().bootstrapServers(), events);
            System.out.printf("anchor   raw Kafka producer                  %,10.0f records/s%n", anchor);
            figures.add(figure("anchor.producer", anchor, "records/s", null, null, null, null));

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
            figures.add(figure("intake.batch", events / intakeSeconds, "events/s", "anchor.producer", anchor,
                    ">= 0.4", events / intakeSeconds / anchor >= 0.4));

            String volume = system.reporting().url() + "/api/v1/reports/volume?associationId=" + ASSOCIATION
                    + "&unit=alla&year=2019";
            while (analyst.get(volume).json().path("started").path("total").asLong() < events) {
                Thread.sleep(100);
            }
            double pipelineSeconds = seconds(posted);
            System.out.printf("pipeline posted → counted in the report      %,10.0f events/s   (%.2f × anchor)%n",
                    events / pipelineSeconds, events / pipelineSeconds / anchor);
            figures.add(figure("pipeline", events / pipelineSeconds, "events/s", "anchor.producer", anchor, ">= 0.3",
                    events / pipelineSeconds / anchor >= 0.3));

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
            figures.add(figure("freshness.median", freshness[freshness.length / 2], "ms", null, null, null, null));
            // not yet the freshness.p99, which is measured under 1,000 events/s of steady load
            figures.add(figure("freshness.max", freshness[freshness.length - 1], "ms", null, null, null, null));

            // one event per request, 64 clients: a year later than the batches, so the figures above stay as they are
            int singles = quick ? 5_000 : 20_000;
            List<String> warmUp = new ArrayList<>();
            List<String> bodies = new ArrayList<>();
            for (int i = 0; i < 1_000 + singles; i++) {
                String body = HttpJson.JSON.writeValueAsString(factory.started("b", "single-" + i,
                        LocalDate.of(2021, 1, 1).plusDays(i % 365), i % 2 == 0 ? "WOMAN" : "MAN"));
                (i < 1_000 ? warmUp : bodies).add(body);
            }
            SingleIntakeBenchmark.Result single = new SingleIntakeBenchmark(system.intake().url(),
                    system.tokens().caseSystem(ASSOCIATION, "a", "b")).measure(warmUp, bodies);
            System.out.printf("intake   one event per request, 64 clients  %,10.0f events/s   (%.2f × bare endpoint "
                    + "%,.0f/s)%n", single.perSecond(), single.perSecond() / single.anchorPerSecond(),
                    single.anchorPerSecond());
            figures.add(figure("anchor.endpoint", single.anchorPerSecond(), "requests/s", null, null, null, null));
            figures.add(figure("intake.single", single.perSecond(), "events/s", "anchor.endpoint",
                    single.anchorPerSecond(), ">= 0.5", single.perSecond() / single.anchorPerSecond() >= 0.5));
            String singlesYear = system.reporting().url() + "/api/v1/reports/volume?associationId=" + ASSOCIATION
                    + "&unit=b&year=2021";
            while (analyst.get(singlesYear).json().path("started").path("total").asLong() < warmUp.size()
                    + bodies.size()) {
                Thread.sleep(100);
            }

            List<String> queries = new ArrayList<>();
            for (String platform : List.of("a", "b")) {
                for (int year : List.of(2019, 2020, 2021)) {
                    queries.add("/api/v1/figures/volume?associationId=" + ASSOCIATION + "&platformId=" + platform
                            + "&from=" + year + "-01-01&to=" + year + "-12-31");
                }
            }
            ReplayBenchmark.Result replay = new ReplayBenchmark(system, logs).measure(queries);
            System.out.printf("replay   scoring rebuilt from %,d records  %,10.0f records/s   (%.2f × raw consumer "
                    + "%,.0f/s; %.1f s in all, %.1f s of it starting the instance)%n", replay.records(),
                    replay.perSecond(), replay.perSecond() / replay.anchorPerSecond(), replay.anchorPerSecond(),
                    replay.seconds(), replay.startedIn());
            figures.add(figure("anchor.consumer", replay.anchorPerSecond(), "records/s", null, null, null, null));
            figures.add(figure("replay", replay.perSecond(), "records/s", "anchor.consumer",
                    replay.anchorPerSecond(), ">= 0.15", replay.perSecond() / replay.anchorPerSecond() >= 0.15));

            long[] latency = new long[200];
            for (int i = 0; i < latency.length; i++) {
                long start = System.nanoTime();
                analyst.get(volume).expect(200);
                latency[i] = (System.nanoTime() - start) / 1_000;
            }
            Arrays.sort(latency);
            System.out.printf("report   volume of a unit group (%,d eps.)  p50 %,d µs, p99 %,d µs%n", events,
                    latency[latency.length / 2], latency[latency.length * 99 / 100]);
            figures.add(figure("report.volume.p50", latency[latency.length / 2], "µs", null, null, null, null));
            figures.add(figure("report.volume.p99", latency[latency.length * 99 / 100], "µs", null, null, null, null));

            for (HistoryBenchmark.Result history : new HistoryBenchmark(system).measure(quick ? 300 : 800)) {
                System.out.printf("history  %-10s of %d, %d persons: 1 year stored p50 %,d µs p99 %,d µs; 10 years "
                        + "p50 %,d µs p99 %,d µs (%.2f ×)%n", history.report(), HistoryBenchmark.LAST_YEAR,
                        history.persons(), history.oneYear()[0], history.oneYear()[1], history.tenYears()[0],
                        history.tenYears()[1], history.ratio());
                figures.add(figure("report.history." + history.report(), history.tenYears()[0], "µs",
                        "report." + history.report() + ".oneYearStored", (double) history.oneYear()[0], "<= 1.5",
                        history.ratio() <= 1.5));
            }

            long[] render = socialAccounts(system, root);
            System.out.printf("render   demo social accounts 2019, whole association, HTML  median %,d ms, max %,d ms%n",
                    render[0], render[1]);
            figures.add(figure("render.socialAccounts.median", render[0], "ms", null, null, "<= 300",
                    render[0] <= 300));

            heap.peaks().forEach((service, bytes) -> {
                double megabytes = bytes / (1024.0 * 1024.0);
                System.out.printf("heap     %-18s peak in use %,8.1f MB%n", service, megabytes);
                figures.add(figure("heap.max." + service, megabytes, "MB", null, null, "<= 256", megabytes <= 256));
            });
        }
        Path result = root.resolve("deploy/local-stack/target/benchmark/result.json");
        java.nio.file.Files.createDirectories(result.getParent());
        java.nio.file.Files.writeString(result, new com.fasterxml.jackson.databind.ObjectMapper()
                .writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("figures", figures)));
        System.out.println("written  " + result);
    }

    /**
     * Loads the demo, waits until scoring has applied Ungdomstorget's 2019 closures, and renders the whole
     * association's 2019 social accounts 20 times after 5 to warm up: median and max in ms.
     */
    private static long[] socialAccounts(BokslutSystem system, Path root) throws InterruptedException {
        DemoLoader.load(root.resolve("deploy/demo"), system.intake().url(), system.reporting().url(), system.tokens());
        HttpJson.Client analyst = HttpJson.as(system.tokens().analyst(DemoData.ASSOCIATION));
        String volume = system.reporting().url()
                + "/api/v1/reports/volume?associationId=umearegionen&unit=ungdomstorget&year=2019";
        while (analyst.get(volume).json().path("closed").path("total").asLong() < 128) {
            Thread.sleep(200);
        }
        Thread.sleep(3000); // the other platforms' events are behind Ungdomstorget's in the same batches
        String document = system.reporting().url() + "/api/v1/reports/social-accounts?associationId=umearegionen&year=2019";
        for (int i = 0; i < 5; i++) {
            analyst.get(document).expect(200);
        }
        long[] millis = new long[20];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            analyst.get(document).expect(200);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return new long[] { millis[millis.length / 2], millis[millis.length - 1] };
    }

    /** One figure of result.json; the ratio is value / anchorValue when there is an anchor. */
    private static Map<String, Object> figure(String name, double value, String unit, String anchor,
            Double anchorValue, String goal, Boolean met) {
        Map<String, Object> figure = new java.util.LinkedHashMap<>();
        figure.put("name", name);
        figure.put("value", Math.round(value * 10) / 10.0);
        figure.put("unit", unit);
        figure.put("anchor", anchor);
        figure.put("anchorValue", anchorValue == null ? null : Math.round(anchorValue * 10) / 10.0);
        figure.put("ratio", anchorValue == null ? null : Math.round(value / anchorValue * 1000) / 1000.0);
        figure.put("goal", goal);
        figure.put("met", met);
        return figure;
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
