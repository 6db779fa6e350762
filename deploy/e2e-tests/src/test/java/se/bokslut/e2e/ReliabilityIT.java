package se.bokslut.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.bokslut.localstack.BokslutSystem;
import se.bokslut.localstack.DemoData;
import se.bokslut.localstack.DemoLoader;
import se.bokslut.localstack.HttpJson;
import se.bokslut.localstack.ParticipantEventFactory;
import se.bokslut.localstack.ServiceProcess;

/**
 * Nothing accepted is lost and nothing is counted twice, whatever happens to the services, Kafka or PostgreSQL. The
 * class runs its own copy of the system, since it stops and kills parts of it.
 */
class ReliabilityIT {

    static final String ASSOCIATION = "palitligt";
    /** Concurrent senders in the outage test: with several requests in flight, some meet a commit that breaks. */
    static final int SENDERS = 4;
    static final Path ROOT = Path.of(System.getProperty("bokslut.root", "../..")).toAbsolutePath().normalize();
    static BokslutSystem system;

    @BeforeAll
    static void startTheSystem() {
        system = BokslutSystem.start(ROOT, BokslutSystem.Ports.random(),
                ROOT.resolve("deploy/e2e-tests/target/reliability-logs"));
        analyst().put(system.reporting().url() + "/api/v1/associations/" + ASSOCIATION, """
                {"name": "Pålitliga förbundet", "platforms": [
                  {"id": "krasch", "name": "Krasch"}, {"id": "omstart", "name": "Omstart"},
                  {"id": "avbrott", "name": "Avbrott"}]}""").expect(200);
        DemoLoader.awaitIntakeKnows(system.intake().url(), ASSOCIATION, "avbrott", caseSystem());
    }

    @AfterAll
    static void stopTheSystem() {
        system.close();
    }

    @BeforeEach
    void everythingIsRunning() {
        system.postgres().startServer();
        system.kafka().startBroker();
        for (ServiceProcess service : system.services()) {
            if (!service.isAlive()) {
                service.start();
            }
            service.awaitReady(Duration.ofSeconds(120));
        }
    }

    @Test
    void anAcceptedEventSurvivesACrashOfIntakeBeforeKafkaHadIt() {
        ParticipantEventFactory events = new ParticipantEventFactory(ASSOCIATION, "crash-intake");
        List<Map<String, Object>> starts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            starts.add(events.started("krasch", "k-" + i, LocalDate.of(2019, 3, 1), i % 2 == 0 ? "WOMAN" : "MAN"));
        }

        // Kafka is down: intake can only keep the events in its outbox …
        system.kafka().stopBroker();
        for (Map<String, Object> start : starts) {
            assertThat(post(start).status()).isEqualTo(202);
        }
        // … and crashes before it could publish them
        system.intake().kill();
        system.kafka().startBroker();
        system.intake().start();
        system.intake().awaitReady(Duration.ofSeconds(120));

        // resending after the restart is harmless
        for (Map<String, Object> start : starts) {
            assertThat(post(start).status()).isEqualTo(200);
        }
        assertThat(awaitStarted("krasch", 50)).isEqualTo(50);
    }

    @Test
    void scoringCountsEveryEventOnceThoughItCrashesWhileApplyingThem() {
        ParticipantEventFactory events = new ParticipantEventFactory(ASSOCIATION, "crash-scoring");
        List<Map<String, Object>> starts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            starts.add(events.started("omstart", "o-" + i, LocalDate.of(2019, 4, 1), "WOMAN"));
        }
        DemoLoader.postInBatches(system.intake().url() + "/api/v1/participant-events/batch", starts, caseSystem());

        awaitStartedAtLeast("omstart", 1);
        system.scoring().kill();
        system.scoring().start();
        system.scoring().awaitReady(Duration.ofSeconds(120));

        assertThat(awaitStarted("omstart", 3000)).isEqualTo(3000);
    }

    @Test
    void outagesOfKafkaAndPostgresUnderLoadLoseNothingAndCountNothingTwice() throws Exception {
        Set<Object> accepted = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger unavailable = new AtomicInteger();
        List<String> unexpected = new CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> senders = new ArrayList<>();
        for (int sender = 0; sender < SENDERS; sender++) {
            ParticipantEventFactory events = new ParticipantEventFactory(ASSOCIATION, "outage-" + sender);
            String prefix = "s" + sender + "-";
            senders.add(new Thread(() -> {
                int serial = 0;
                while (running.get()) {
                    Map<String, Object> start = events.started("avbrott", prefix + serial++, LocalDate.of(2019, 5, 1),
                            "MAN");
                    while (true) {
                        sent.incrementAndGet();
                        HttpJson.Answer answer;
                        try {
                            answer = post(start);
                        } catch (RuntimeException e) {
                            unexpected.add(Instant.now() + " " + e);
                            break;
                        }
                        if (answer.status() == 202 || answer.status() == 200) {
                            accepted.add(start.get("eventId"));
                            break;
                        }
                        if (answer.status() == 503) {
                            unavailable.incrementAndGet();
                            Bokslut.sleep(200); // Retry-After says 5 s; a test need not wait that long
                            continue;
                        }
                        unexpected.add(Instant.now() + " " + answer.status() + " " + answer.body());
                        break;
                    }
                }
            }, "sender-" + sender));
        }
        senders.forEach(Thread::start);
        try {
            Bokslut.sleep(3000);
            system.kafka().stopBroker();
            Bokslut.sleep(2000);
            // intake needs only its database for a durable 202: it stays ready, Kafka shows as degraded
            HttpJson.Answer health = HttpJson.anonymous().get(system.intake().url() + "/q/health/ready");
            assertThat(health.status()).as("intake ready while Kafka is down: " + health.body()).isEqualTo(200);
            assertThat(kafkaCheck(health.json()).path("data").path("degraded").asBoolean())
                    .as("the Kafka check says degraded: " + health.body()).isTrue();
            int acceptedWhileKafkaWasDown = accepted.size();
            Bokslut.sleep(6000);
            assertThat(accepted.size()).as("intake keeps accepting into its outbox").isGreaterThan(acceptedWhileKafkaWasDown);
            String metrics = prometheusText(system.intake().url() + "/q/metrics");
            assertThat(gauge(metrics, "bokslut_intake_kafka_reachable")).as("Kafka reachable gauge").isZero();
            assertThat(gauge(metrics, "bokslut_intake_outbox_backlog")).as("outbox backlog gauge").isPositive();
            system.kafka().startBroker();
            awaitReady(system.intake());

            for (int outage = 0; outage < 2; outage++) {
                Bokslut.sleep(2000);
                system.postgres().stopServer();
                Bokslut.sleep(3000);
                for (ServiceProcess service : system.services()) {
                    assertThat(ready(service)).as(service.name() + " ready while PostgreSQL is down").isFalse();
                }
                if (outage == 0) {
                    assertThat(ProblemConformanceIT.failures(unavailableAnswers()))
                            .as("every service's 503 follows docs/problem.schema.json").isEmpty();
                }
                Bokslut.sleep(2000);
                system.postgres().startServer();
                for (ServiceProcess service : system.services()) {
                    awaitReady(service);
                }
            }
            Bokslut.sleep(3000);
        } finally {
            running.set(false);
            for (Thread sender : senders) {
                sender.join();
            }
        }

        long counted = awaitStarted("avbrott", accepted.size());
        System.out.printf("Outage test: %d requests sent, %d events accepted (202/200), %d answered 503, %d counted%n",
                sent.get(), accepted.size(), unavailable.get(), counted);
        assertThat(unexpected).as("answers other than 202, 200 and 503").isEmpty();
        assertThat(unavailable.get()).as("503 while PostgreSQL was down").isPositive();
        assertThat(counted).isEqualTo(accepted.size());
    }

    @Test
    void scoringRebuiltFromTheTopicsGivesByteIdenticalReports() {
        Path demo = ROOT.resolve("deploy/demo");
        DemoLoader.load(demo, system.intake().url(), system.reporting().url(), system.tokens());
        Map<String, String> before = reports();

        system.scoring().close();
        system.postgres().recreateDatabase("scoring");
        system.scoring().start(Map.of("bokslut.scoring.consumer-group", "bokslut-scoring-rebuilt"));
        system.scoring().awaitReady(Duration.ofSeconds(120));

        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        Map<String, String> after = reports();
        while (!after.equals(before) && System.nanoTime() < deadline) {
            Bokslut.sleep(1000);
            after = reports();
        }
        for (Map.Entry<String, String> report : before.entrySet()) {
            assertThat(report.getValue()).as(report.getKey()).startsWith("200 ");
            assertThat(after.get(report.getKey())).as(report.getKey()).isEqualTo(report.getValue());
        }
        System.out.printf("Replay test: %d reports identical after rebuilding scoring from the topics%n", before.size());
    }

    private static Map<String, String> reports() {
        Map<String, String> reports = new LinkedHashMap<>();
        HttpJson.Client analyst = HttpJson.as(system.tokens().analyst(DemoData.ASSOCIATION));
        for (String unit : List.of("ungdomstorget", "vuxentorget", "vannas", "hela-forbundet", "lokala-team")) {
            for (String period : List.of("2019", "2020", "2019-T2", "2020-Q3", "2019-05")) {
                String url = system.reporting().url() + "/api/v1/reports/volume?associationId=umearegionen&unit=" + unit
                        + "&period=" + period;
                reports.put(url, answer(analyst, url));
            }
            for (String year : List.of("2017", "2019", "2020")) {
                String url = system.reporting().url() + "/api/v1/reports/goal-fulfilment?associationId=umearegionen&unit="
                        + unit + "&year=" + year;
                reports.put(url, answer(analyst, url));
            }
        }
        return reports;
    }

    /** The status and the body: two equal error bodies must not pass for equal reports. */
    private static String answer(HttpJson.Client client, String url) {
        HttpJson.Answer answer = client.get(url);
        return answer.status() + " " + answer.body();
    }

    /** A request to each service that needs its database, each to be answered 503 while PostgreSQL is down. */
    private static List<ProblemConformanceIT.Case> unavailableAnswers() throws java.io.IOException {
        ParticipantEventFactory events = new ParticipantEventFactory(ASSOCIATION, "unavailable");
        String figures = system.scoring().url() + "/api/v1/figures/volume?associationId=" + ASSOCIATION
                + "&platformId=avbrott&from=2019-01-01&to=2019-12-31";
        return List.of(
                new ProblemConformanceIT.Case("intake 503 an event", 503, ProblemConformanceIT.post(
                        system.intake().url() + "/api/v1/participant-events",
                        system.tokens().caseSystem(ASSOCIATION, "avbrott"), "application/json",
                        ProblemConformanceIT.json(events.started("avbrott", "u-1", LocalDate.of(2019, 5, 1), "MAN")))),
                new ProblemConformanceIT.Case("scoring 503 the figures", 503,
                        ProblemConformanceIT.get(figures, system.tokens().reportingService())),
                new ProblemConformanceIT.Case("reporting 503 the reference data", 503, ProblemConformanceIT.get(
                        system.reporting().url() + "/api/v1/associations/" + ASSOCIATION,
                        system.tokens().analyst(ASSOCIATION))));
    }

    private static HttpJson.Answer post(Map<String, Object> event) {
        return caseSystem().post(system.intake().url() + "/api/v1/participant-events", event);
    }

    private static HttpJson.Client caseSystem() {
        return HttpJson.as(system.tokens().caseSystem(ASSOCIATION, "krasch", "omstart", "avbrott"));
    }

    private static HttpJson.Client analyst() {
        return HttpJson.as(system.tokens().analyst(ASSOCIATION));
    }

    private static long started(String platform) {
        HttpJson.Answer answer = analyst().get(system.reporting().url() + "/api/v1/reports/volume?associationId="
                + ASSOCIATION + "&unit=" + platform + "&year=2019");
        return answer.status() == 200 ? answer.json().path("started").path("total").asLong() : -1;
    }

    /** Waits until the platform's starts reach the expected number, then returns what is counted. */
    private static long awaitStarted(String platform, long expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        long counted = started(platform);
        while (counted < expected && System.nanoTime() < deadline) {
            Bokslut.sleep(500);
            counted = started(platform);
        }
        Bokslut.sleep(3000); // anything counted twice would show by now
        return started(platform);
    }

    private static void awaitStartedAtLeast(String platform, long minimum) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (started(platform) < minimum && System.nanoTime() < deadline) {
            Bokslut.sleep(50);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode kafkaCheck(com.fasterxml.jackson.databind.JsonNode health) {
        for (com.fasterxml.jackson.databind.JsonNode check : health.path("checks")) {
            if (check.path("name").asText().equals("Kafka")) {
                return check;
            }
        }
        throw new AssertionError("no Kafka check in " + health);
    }

    /** Metrics in Prometheus' text format (asked with Accept: application/json, Quarkus answers JSON). */
    private static String prometheusText(String url) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create(url)).header("Accept", "text/plain").GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value of an untagged gauge in Prometheus text. */
    private static double gauge(String metrics, String name) {
        return metrics.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not exposed"));
    }

    private static boolean ready(ServiceProcess service) {
        return HttpJson.anonymous().get(service.url() + "/q/health/ready").status() == 200;
    }

    private static void awaitReady(ServiceProcess service) {
        service.awaitReady(Duration.ofSeconds(120));
    }
}
