package se.bokslut.localstack;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real Kafka broker and a real PostgreSQL server on free ports for a {@code @QuarkusTest}, points the
 * service at them, and makes it trust the tokens of {@link #tokens()}. The init argument {@code database} names the service's own database (default {@code intake}).
 * <p>
 * Tests that need to simulate an outage reach the running servers through {@link #kafka()} and {@link #postgres()}.
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedKafka kafka;
    private static EmbeddedPostgres postgres;
    private static final Tokens TOKENS = Tokens.shared();
    private static java.nio.file.Path publicKey;
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
            if (publicKey == null) {
                publicKey = TOKENS.writePublicKey(Directories.temporary("bokslut-keys-").resolve("public.pem"));
            }
        }
        Map<String, String> config = new java.util.HashMap<>(TOKENS.verificationConfig(publicKey));
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", EmbeddedPostgres.USER);
        config.put("quarkus.datasource.password", EmbeddedPostgres.PASSWORD);
        return config;
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

    /** Signs tokens the service under test trusts. */
    public static Tokens tokens() {
        return TOKENS;
    }
}
