package se.bokslut.localstack;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real Kafka broker and a real PostgreSQL server on free ports for a {@code @QuarkusTest} and points the
 * service at them. The init argument {@code database} names the service's own database (default {@code intake}).
 * <p>
 * Tests that need to simulate an outage reach the running servers through {@link #kafka()} and {@link #postgres()}.
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedKafka kafka;
    private static EmbeddedPostgres postgres;
    private String database = "intake";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        synchronized (LocalStackTestResource.class) {
            if (postgres == null) {
                postgres = EmbeddedPostgres.start(0);
            }
            if (kafka == null) {
                kafka = EmbeddedKafka.start(0);
            }
        }
        return Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", EmbeddedPostgres.USER,
                "quarkus.datasource.password", EmbeddedPostgres.PASSWORD);
    }

    @Override
    public void stop() {
        synchronized (LocalStackTestResource.class) {
            if (kafka != null) {
                kafka.close();
                kafka = null;
            }
            if (postgres != null) {
                postgres.close();
                postgres = null;
            }
        }
    }

    public static EmbeddedKafka kafka() {
        return kafka;
    }

    public static EmbeddedPostgres postgres() {
        return postgres;
    }
}
