package se.bokslut.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The whole system on one machine: a real Kafka broker, a real PostgreSQL server and the three services as packaged
 * applications. The end-to-end tests start it on free ports; {@code deploy/run-local.sh} on fixed ones.
 */
public final class BokslutSystem implements AutoCloseable {

    /** Ports of the parts; 0 picks a free one. */
    public record Ports(int intake, int scoring, int reporting, int kafka, int postgres) {

        public static Ports random() {
            return new Ports(0, 0, 0, 0, 0);
        }

        public static Ports fromEnvironment() {
            return new Ports(env("BOKSLUT_INTAKE_PORT", 8081), env("BOKSLUT_SCORING_PORT", 8082),
                    env("BOKSLUT_REPORTING_PORT", 8083), env("BOKSLUT_KAFKA_PORT", 9092),
                    env("BOKSLUT_POSTGRES_PORT", 55432));
        }

        private static int env(String name, int fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
        }
    }

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Tokens tokens;
    private final EmbeddedPostgres postgres;
    private final EmbeddedKafka kafka;
    private final ServiceProcess intake;
    private final ServiceProcess scoring;
    private final ServiceProcess reporting;
    private final Path logs;

    private BokslutSystem(Tokens tokens, EmbeddedPostgres postgres, EmbeddedKafka kafka, ServiceProcess intake,
            ServiceProcess scoring, ServiceProcess reporting, Path logs) {
        this.logs = logs;
        this.tokens = tokens;
        this.postgres = postgres;
        this.kafka = kafka;
        this.intake = intake;
        this.scoring = scoring;
        this.reporting = reporting;
    }

    /**
     * Starts everything and waits until every service is ready.
     *
     * @param root the repository root, where the services' packaged applications are
     * @param logs where each service writes its log
     */
    public static BokslutSystem start(Path root, Ports ports, Path logs) {
        return start(root, ports, logs, Map.of());
    }

    /** The same, with some of intake's settings changed (the benchmark turns its anchor endpoint on). */
    public static BokslutSystem start(Path root, Ports ports, Path logs, Map<String, String> intakeSettings) {
        Tokens tokens = Tokens.generate();
        Map<String, String> trust = tokens.verificationConfig(tokens.writePublicKey(logs.resolve(PUBLIC_KEY)));
        EmbeddedPostgres postgres = EmbeddedPostgres.start(ports.postgres());
        EmbeddedKafka kafka = EmbeddedKafka.start(ports.kafka());
        int scoringPort = FreePorts.orNext(ports.scoring());
        Map<String, String> intakeConfig = config(postgres, kafka, "intake", trust);
        intakeConfig.putAll(intakeSettings);
        ServiceProcess intake = ServiceProcess.start("intake-service", jar(root, "intake-service"),
                FreePorts.orNext(ports.intake()), intakeConfig,
                logs.resolve("intake-service.log"));
        ServiceProcess scoring = ServiceProcess.start("scoring-service", jar(root, "scoring-service"), scoringPort,
                config(postgres, kafka, "scoring", trust), logs.resolve("scoring-service.log"));
        Map<String, String> reportingConfig = config(postgres, kafka, "reporting", trust);
        reportingConfig.put("quarkus.rest-client.scoring.url", "http://127.0.0.1:" + scoringPort);
        reportingConfig.put("bokslut.reporting.scoring-token", tokens.reportingService());
        ServiceProcess reporting = ServiceProcess.start("reporting-service", jar(root, "reporting-service"),
                FreePorts.orNext(ports.reporting()), reportingConfig, logs.resolve("reporting-service.log"));
        BokslutSystem system = new BokslutSystem(tokens, postgres, kafka, intake, scoring, reporting, logs);
        try {
            for (ServiceProcess service : system.services()) {
                service.awaitReady(READY_TIMEOUT);
            }
            system.describeRun();
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
        return system;
    }

    static Map<String, String> config(EmbeddedPostgres postgres, EmbeddedKafka kafka, String database,
            Map<String, String> trust) {
        Map<String, String> config = new java.util.HashMap<>(trust);
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", EmbeddedPostgres.USER);
        config.put("quarkus.datasource.password", EmbeddedPostgres.PASSWORD);
        return config;
    }

    private static Path jar(Path root, String service) {
        return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public List<ServiceProcess> services() {
        return List.of(intake, scoring, reporting);
    }

    public ServiceProcess intake() {
        return intake;
    }

    public ServiceProcess scoring() {
        return scoring;
    }

    public ServiceProcess reporting() {
        return reporting;
    }

    /** Signs tokens the running services trust. */
    public Tokens tokens() {
        return tokens;
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public EmbeddedPostgres postgres() {
        return postgres;
    }

    /** Where {@code deploy/token.sh} finds a running system: {@code <logs>/run.properties} and the signing key. */
    public static final String RUN_FILE = "run.properties";
    public static final String PRIVATE_KEY = "keys/private.pem";
    public static final String PUBLIC_KEY = "keys/public.pem";

    /**
     * Leaves what {@code deploy/token.sh} needs to sign tokens for this run: the service URLs and the private key, both
     * under the run's log directory (in {@code target/}, never committed), both removed by {@link #close()}.
     */
    private void describeRun() {
        tokens.writePrivateKey(logs.resolve(PRIVATE_KEY));
        java.util.Properties run = new java.util.Properties();
        run.setProperty("intake", intake.url());
        run.setProperty("scoring", scoring.url());
        run.setProperty("reporting", reporting.url());
        run.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        try (java.io.Writer out = java.nio.file.Files.newBufferedWriter(logs.resolve(RUN_FILE))) {
            run.store(out, "A running Bokslut system; removed when it stops");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Stops the services, then Kafka and PostgreSQL, and removes their data. */
    @Override
    public void close() {
        try {
            java.nio.file.Files.deleteIfExists(logs.resolve(RUN_FILE));
            java.nio.file.Files.deleteIfExists(logs.resolve(PRIVATE_KEY));
        } catch (java.io.IOException e) {
            // the run is going away all the same
        }
        for (ServiceProcess service : List.of(reporting, scoring, intake)) {
            try {
                service.close();
            } catch (RuntimeException e) {
                // keep stopping the rest
            }
        }
        kafka.close();
        postgres.close();
    }
}
