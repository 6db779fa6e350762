package se.bokslut.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Bokslut service running as its packaged Quarkus application ({@code target/quarkus-app/quarkus-run.jar}) in a
 * child JVM, configured through system properties, with its output in a log file.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> properties;
    private final Map<String, String> overrides = new java.util.HashMap<>();
    private final Path log;
    private Process process;
    /** Where this start's output begins in the log, which every start appends to. */
    private long logStart;
    /** Starts again after the port was taken for a moment, since the last successful wait. */
    private int portRetries;

    private ServiceProcess(String name, Path jar, int port, Map<String, String> properties, Path log) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.properties = properties;
        this.log = log;
    }

    /** Starts the service; call {@link #awaitReady(Duration)} before using it. */
    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> properties, Path log) {
        ServiceProcess service = new ServiceProcess(name, jar, port, properties, log);
        service.start();
        return service;
    }

    public synchronized void start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; build it first (mvn -B package -DskipTests)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx384m");
        command.add("-Dquarkus.http.port=" + port);
        Map<String, String> effective = new java.util.HashMap<>(properties);
        effective.putAll(overrides);
        effective.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(log.getParent());
            logStart = Files.exists(log) ? Files.size(log) : 0;
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** Starts the service again with some settings changed (after {@link #kill()} or {@link #close()}). */
    public synchronized void start(Map<String, String> changedSettings) {
        overrides.putAll(changedSettings);
        start();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** The packaged application it runs. */
    public Path jar() {
        return jar;
    }

    public Path log() {
        return log;
    }

    /**
     * Waits until {@code /q/health/ready} answers 200. A service whose port was taken when it bound it (a free port
     * found earlier can be taken for a moment by another process's outgoing connection) is started again on it, a few
     * times; a service that exits otherwise fails with the end of its log in the message.
     */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process == null) {
                throw new IllegalStateException(name + " is not running; see " + log);
            }
            if (!process.isAlive()) {
                String output = outputOfThisStart();
                if (portWasTaken(output) && portRetries < MAX_PORT_RETRIES) {
                    portRetries++;
                    sleep(1000);
                    start();
                    continue;
                }
                throw new IllegalStateException(name + " exited (code " + process.exitValue() + "); see " + log
                        + "; its last lines:\n" + lastLines(output, 40));
            }
            if (isReady()) {
                portRetries = 0;
                return;
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log
                + "; its last lines:\n" + lastLines(outputOfThisStart(), 40));
    }

    private static final int MAX_PORT_RETRIES = 3;

    static boolean portWasTaken(String output) {
        return output.contains("Port(s) already bound") || output.contains("Address already in use");
    }

    private String outputOfThisStart() {
        try {
            byte[] all = Files.readAllBytes(log);
            int from = (int) Math.min(logStart, all.length);
            return new String(all, from, all.length - from, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(the log could not be read: " + e.getMessage() + ")";
        }
    }

    static String lastLines(String output, int count) {
        List<String> lines = output.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    public boolean isReady() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Kills the process at once, as a crash would. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor(10);
            process = null;
        }
    }

    /** Stops the process gracefully (SIGTERM), forcibly after 20 seconds. */
    @Override
    public synchronized void close() {
        if (process != null) {
            process.destroy();
            if (!waitFor(20)) {
                process.destroyForcibly();
                waitFor(10);
            }
            process = null;
        }
    }

    private boolean waitFor(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
