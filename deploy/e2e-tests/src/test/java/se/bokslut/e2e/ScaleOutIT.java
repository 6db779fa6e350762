package se.bokslut.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import se.bokslut.localstack.DemoLoader;
import se.bokslut.localstack.EmbeddedKafka;
import se.bokslut.localstack.EmbeddedPostgres;
import se.bokslut.localstack.FreePorts;
import se.bokslut.localstack.HttpJson;
import se.bokslut.localstack.ParticipantEventFactory;
import se.bokslut.localstack.ServiceProcess;
import se.bokslut.localstack.Tokens;

/**
 * Scale-out as production runs it (SPEC §15): a three-node KRaft cluster (every topic on all three, at least two in
 * sync), two intake and two scoring instances on one PostgreSQL, one reporting. Under load one broker stops, one
 * scoring and one intake instance are killed (SIGKILL) and come back; afterwards what is counted equals the events
 * answered 202 or 200, none twice, and the volume report is the one the accepted events make.
 */
class ScaleOutIT {

    static final String ASSOCIATION = "skalat";
    static final String PLATFORM = "skala";
    static final int SENDERS = 4;
    static final Path ROOT = Path.of(System.getProperty("bokslut.root", "../..")).toAbsolutePath().normalize();
    static final Path LOGS = ROOT.resolve("deploy/e2e-tests/target/scale-out-logs");

    static Tokens tokens;
    static EmbeddedPostgres postgres;
    static EmbeddedKafka kafka;
    static final List<ServiceProcess> intakes = new ArrayList<>();
    static final List<ServiceProcess> scorings = new ArrayList<>();
    static ServiceProcess reporting;

    @BeforeAll
    static void startTheSystem() {
        tokens = Tokens.generate();
        Map<String, String> trust = tokens.verificationConfig(tokens.writePublicKey(LOGS.resolve("keys/public.pem")));
        postgres = EmbeddedPostgres.start(0);
        kafka = EmbeddedKafka.cluster(3);
        for (int instance = 1; instance <= 2; instance++) {
            intakes.add(ServiceProcess.start("intake-service-" + instance, jar("intake-service"), FreePorts.next(),
                    config("intake", trust), LOGS.resolve("intake-service-" + instance + ".log")));
            scorings.add(ServiceProcess.start("scoring-service-" + instance, jar("scoring-service"), FreePorts.next(),
                    config("scoring", trust), LOGS.resolve("scoring-service-" + instance + ".log")));
        }
        Map<String, String> reportingConfig = config("reporting", trust);
        reportingConfig.put("quarkus.rest-client.scoring.url", scorings.get(0).url());
        reportingConfig.put("bokslut.reporting.scoring-token", tokens.reportingService());
        reporting = ServiceProcess.start("reporting-service", jar("reporting-service"), FreePorts.next(),
                reportingConfig, LOGS.resolve("reporting-service.log"));
        for (ServiceProcess service : services()) {
            service.awaitReady(Duration.ofSeconds(180));
        }
        HttpJson.as(tokens.analyst(ASSOCIATION)).put(reporting.url() + "/api/v1/associations/" + ASSOCIATION, """
                {"name": "Skalade förbundet", "platforms": [{"id": "skala", "name": "Skala"}]}""").expect(200);
        for (ServiceProcess intake : intakes) {
            DemoLoader.awaitIntakeKnows(intake.url(), ASSOCIATION, PLATFORM, caseSystem());
        }
    }

    @AfterAll
    static void stopTheSystem() {
        for (ServiceProcess service : services()) {
            try {
                service.close();
            } catch (RuntimeException e) {
                // keep stopping the rest
            }
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aLostBrokerAndKilledInstancesUnderLoadLoseNothingAndCountNothingTwice() throws Exception {
        Map<Object, String> accepted = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();
        List<String> unexpected = new CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> senders = new ArrayList<>();
        for (int sender = 0; sender < SENDERS; sender++) {
            ParticipantEventFactory events = new ParticipantEventFactory(ASSOCIATION, "scale-" + sender);
            int first = sender % 2;
            String prefix = "s" + sender + "-";
            senders.add(new Thread(() -> {
                int serial = 0;
                while (running.get()) {
                    String gender = serial % 3 == 0 ? "WOMAN" : "MAN";
                    Map<String, Object> start = events.started(PLATFORM, prefix + serial++, LocalDate.of(2019, 5, 1),
                            gender);
                    // a client resends what was not answered, to the other instance when one does not answer
                    for (int attempt = 0; running.get() || attempt < 200; attempt++) {
                        ServiceProcess intake = intakes.get((first + attempt) % 2);
                        sent.incrementAndGet();
                        HttpJson.Answer answer;
                        try {
                            answer = caseSystem().post(intake.url() + "/api/v1/participant-events", start);
                        } catch (RuntimeException e) {
                            retried.incrementAndGet();
                            Bokslut.sleep(100);
                            continue;
                        }
                        if (answer.status() == 202 || answer.status() == 200) {
                            accepted.put(start.get("eventId"), gender);
                            break;
                        }
                        if (answer.status() == 503) {
                            retried.incrementAndGet();
                            Bokslut.sleep(100);
                            continue;
                        }
                        unexpected.add(Instant.now() + " " + answer.status() + " " + answer.body());
                        break;
                    }
                }
            }, "scale-sender-" + sender));
        }
        senders.forEach(Thread::start);
        int membersBefore;
        try {
            Bokslut.sleep(3000);
            membersBefore = scoringGroupMembers();
            kafka.stopNode(1);
            Bokslut.sleep(3000);
            scorings.get(0).kill();
            intakes.get(0).kill();
            Bokslut.sleep(3000);
            scorings.get(0).start();
            intakes.get(0).start();
            scorings.get(0).awaitReady(Duration.ofSeconds(180));
            intakes.get(0).awaitReady(Duration.ofSeconds(180));
            Bokslut.sleep(2000);
            kafka.startNode(1);
            Bokslut.sleep(3000);
        } finally {
            running.set(false);
            for (Thread sender : senders) {
                sender.join();
            }
        }

        JsonNode report = awaitStarted(accepted.size());
        long women = accepted.values().stream().filter("WOMAN"::equals).count();
        System.out.printf("Scale-out test: 3 brokers (one stopped), 2 intake and 2 scoring instances (one of each "
                + "killed); %d requests sent, %d retried, %d events accepted (202/200), %d counted, %d doubles%n",
                sent.get(), retried.get(), accepted.size(), report.path("started").path("total").asLong(),
                report.path("started").path("total").asLong() - accepted.size());
        assertThat(unexpected).as("answers other than 202, 200 and 503").isEmpty();
        assertThat(membersBefore).as("both scoring instances consume").isGreaterThanOrEqualTo(2);
        assertThat(report.path("started").path("total").asLong()).isEqualTo(accepted.size());
        assertThat(report.path("started").path("women").asLong()).isEqualTo(women);
        assertThat(report.path("started").path("men").asLong()).isEqualTo(accepted.size() - women);
        assertThat(report.path("participants").path("total").asLong()).isEqualTo(accepted.size());
        assertThat(report.path("remaining").path("total").asLong()).isEqualTo(accepted.size());
        assertThat(report.path("closed").path("total").asLong()).isZero();
        assertEventTopicsReplicated();
    }

    /** The event topics are on all three nodes, with two in sync required: what a lost broker cannot take away. */
    private static void assertEventTopicsReplicated() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            List<String> topics = List.of("bokslut.participant-events");
            Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                    .get(30, TimeUnit.SECONDS);
            for (TopicDescription topic : described.values()) {
                assertThat(topic.partitions()).allSatisfy(partition -> assertThat(partition.replicas()).hasSize(3));
            }
            String minInSync = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC,
                    topics.get(0)))).all().get(30, TimeUnit.SECONDS).values().iterator().next()
                    .get("min.insync.replicas").value();
            assertThat(minInSync).isEqualTo("2");
        }
    }

    /** The consumers of participant events in scoring's group: one per running scoring instance. */
    private static int scoringGroupMembers() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            return (int) admin.describeConsumerGroups(List.of("bokslut-scoring")).all().get(30, TimeUnit.SECONDS)
                    .get("bokslut-scoring").members().stream()
                    .filter(member -> member.clientId().contains("participant-events")).count();
        }
    }

    private static JsonNode volume() {
        HttpJson.Answer answer = HttpJson.as(tokens.analyst(ASSOCIATION)).get(reporting.url()
                + "/api/v1/reports/volume?associationId=" + ASSOCIATION + "&unit=" + PLATFORM + "&year=2019");
        return answer.status() == 200 ? answer.json() : null;
    }

    /** Waits until the starts reach the expected number, then a little longer, for anything counted twice. */
    private static JsonNode awaitStarted(long expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        JsonNode report = volume();
        while ((report == null || report.path("started").path("total").asLong() < expected)
                && System.nanoTime() < deadline) {
            Bokslut.sleep(500);
            report = volume();
        }
        Bokslut.sleep(3000);
        return volume();
    }

    private static HttpJson.Client caseSystem() {
        return HttpJson.as(tokens.caseSystem(ASSOCIATION, PLATFORM));
    }

    private static List<ServiceProcess> services() {
        List<ServiceProcess> services = new ArrayList<>(intakes);
        services.addAll(scorings);
        if (reporting != null) {
            services.add(reporting);
        }
        return services;
    }

    private static Path jar(String service) {
        return ROOT.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static Map<String, String> config(String database, Map<String, String> trust) {
        Map<String, String> config = new HashMap<>(trust);
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", EmbeddedPostgres.USER);
        config.put("quarkus.datasource.password", EmbeddedPostgres.PASSWORD);
        config.put("bokslut.intake.reference-data-replication-factor", "3");
        config.put("bokslut.reporting.reference-data-replication-factor", "3");
        return config;
    }
}
