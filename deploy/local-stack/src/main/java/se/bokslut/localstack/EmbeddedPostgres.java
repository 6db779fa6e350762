package se.bokslut.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * A real PostgreSQL 17 server from the zonky binaries on Maven Central, bound to 127.0.0.1, with one database per
 * service.
 * <p>
 * Durability settings are those of production ({@code fsync} and {@code synchronous_commit} on): the system promises
 * that an accepted event survives a crash, and the tests prove it against this server.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    public static final List<String> SERVICE_DATABASES = List.of("intake", "scoring", "reporting");

    private final int port;
    private final Path dataDir;
    private io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres(int port, Path dataDir) {
        this.port = FreePorts.orNext(port);
        this.dataDir = dataDir;
    }

    /** Starts a server on the given port (0 = a free one) with a temporary data directory removed on close. */
    public static EmbeddedPostgres start(int port) {
        EmbeddedPostgres postgres = new EmbeddedPostgres(port, Directories.temporary("bokslut-postgres-"));
        postgres.startServer();
        postgres.createServiceDatabases();
        return postgres;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Starts the server again after {@link #stopServer()}, on the same port and with the same data. */
    public synchronized void startServer() {
        if (server != null) {
            return;
        }
        try {
            server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "200")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port, e);
        }
    }

    /** Stops the server but keeps its data, as an outage would. */
    public synchronized void stopServer() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public void close() {
        stopServer();
        Directories.deleteRecursively(dataDir);
    }

    /** Drops a database, with every connection to it, and creates it empty again. */
    public void recreateDatabase(String database) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not recreate " + database, e);
        }
    }

    private void createServiceDatabases() {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (String database : SERVICE_DATABASES) {
                try (ResultSet rs = statement.executeQuery(
                        "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                    if (!rs.next()) {
                        statement.execute("CREATE DATABASE " + database);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the service databases", e);
        }
    }
}
