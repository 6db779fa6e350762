package se.bokslut.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * A real Apache Kafka cluster in KRaft mode, running inside this JVM and bound to 127.0.0.1: one node by default, or
 * several (each a broker and a controller, the controllers one quorum) with every topic replicated to all of them and
 * at least two in sync, as production runs it (SPEC §15).
 * <p>
 * A node can be stopped and started again on the same port and log directory, which the reliability and scale-out
 * tests use to simulate an outage.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final int[] ports;
    private final int[] controllerPorts;
    private final Path logDir;
    private final boolean deleteOnClose;
    private final String clusterId = Uuid.randomUuid().toString();
    private final KafkaRaftServer[] servers;

    private EmbeddedKafka(int port, int nodes, Path logDir, boolean deleteOnClose) {
        this.ports = new int[nodes];
        this.controllerPorts = new int[nodes];
        for (int node = 0; node < nodes; node++) {
            ports[node] = node == 0 ? FreePorts.orNext(port) : FreePorts.next();
            controllerPorts[node] = FreePorts.next();
        }
        this.servers = new KafkaRaftServer[nodes];
        this.logDir = logDir;
        this.deleteOnClose = deleteOnClose;
    }

    /** Starts a single broker on the given port (0 = a free one) with a temporary log directory removed on close. */
    public static EmbeddedKafka start(int port) {
        return start(port, 1);
    }

    /** Starts a cluster of the given number of nodes on free ports, with temporary log directories removed on close. */
    public static EmbeddedKafka cluster(int nodes) {
        return start(0, nodes);
    }

    private static EmbeddedKafka start(int port, int nodes) {
        EmbeddedKafka kafka = new EmbeddedKafka(port, nodes, Directories.temporary("bokslut-kafka-"), true);
        for (int node = 0; node < nodes; node++) {
            kafka.format(node);
        }
        kafka.startBroker();
        return kafka;
    }

    public String bootstrapServers() {
        StringBuilder servers = new StringBuilder();
        for (int port : ports) {
            servers.append(servers.isEmpty() ? "" : ",").append("127.0.0.1:").append(port);
        }
        return servers.toString();
    }

    /** The first node's port. */
    public int port() {
        return ports[0];
    }

    public int nodes() {
        return ports.length;
    }

    /** Starts every node that is not running, on the same ports and with the same data, and waits for all of them. */
    public synchronized void startBroker() {
        // a node of a quorum waits for the others while it starts: start them side by side
        KafkaRaftServer[] starting = new KafkaRaftServer[ports.length];
        for (int node = 0; node < ports.length; node++) {
            if (servers[node] == null) {
                servers[node] = new KafkaRaftServer(KafkaConfig.fromProps(brokerProperties(node), false), Time.SYSTEM);
                starting[node] = servers[node];
            }
        }
        onEveryNode("start", node -> {
            if (starting[node] != null) {
                starting[node].startup();
            }
        });
        awaitReady(ports.length);
    }

    /** Starts one node again after {@link #stopNode(int)} and waits until the cluster has every node again. */
    public synchronized void startNode(int node) {
        if (servers[node] == null) {
            servers[node] = new KafkaRaftServer(KafkaConfig.fromProps(brokerProperties(node), false), Time.SYSTEM);
            servers[node].startup();
        }
        awaitReady(ports.length);
    }

    /**
     * Stops every node but keeps their data, as an outage would. The nodes stop side by side: a broker's controlled
     * shutdown waits for the controller quorum, which the last node alone no longer has.
     */
    public synchronized void stopBroker() {
        onEveryNode("stop", this::stopNode);
    }

    /** Does the same to every node at once, each in a thread of its own, and waits; the first failure is thrown. */
    private void onEveryNode(String what, java.util.function.IntConsumer action) {
        List<Thread> threads = new java.util.ArrayList<>();
        List<RuntimeException> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int node = 0; node < ports.length; node++) {
            int each = node;
            Thread thread = new Thread(() -> {
                try {
                    action.accept(each);
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }, "kafka-node-" + (node + 1) + "-" + what);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while Kafka nodes " + what, e);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    /** Stops one node (0-based) but keeps its data. */
    public void stopNode(int node) {
        KafkaRaftServer server;
        synchronized (servers) {
            server = servers[node];
            servers[node] = null;
        }
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
        }
    }

    public synchronized boolean isRunning() {
        for (KafkaRaftServer server : servers) {
            if (server == null) {
                return false;
            }
        }
        return true;
    }

    /** Sends one record and waits for the acknowledgement; for tests that seed a topic. */
    public void send(String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    /** Creates a compacted single-partition topic unless it exists. */
    public void createCompactedTopic(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1).configs(Map.of("cleanup.policy", "compact"))))
                    .all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create " + topic, e);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not create " + topic, e);
        }
    }

    @Override
    public void close() {
        stopBroker();
        if (deleteOnClose) {
            Directories.deleteRecursively(logDir);
        }
    }

    private Properties brokerProperties(int node) {
        Properties props = new Properties();
        int port = ports[node];
        int controllerPort = controllerPorts[node];
        StringBuilder voters = new StringBuilder();
        for (int voter = 0; voter < ports.length; voter++) {
            voters.append(voter == 0 ? "" : ",").append(voter + 1).append("@127.0.0.1:").append(controllerPorts[voter]);
        }
        String replicas = Integer.toString(ports.length);
        String inSync = Integer.toString(Math.min(2, ports.length));
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(node + 1));
        props.put("controller.quorum.voters", voters.toString());
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        props.put("log.dirs", nodeDir(node).toString());
        props.put("num.partitions", "3");
        props.put("default.replication.factor", replicas);
        props.put("min.insync.replicas", inSync);
        props.put("offsets.topic.replication.factor", replicas);
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.replication.factor", replicas);
        props.put("transaction.state.log.min.isr", inSync);
        props.put("share.coordinator.state.topic.replication.factor", replicas);
        props.put("share.coordinator.state.topic.min.isr", inSync);
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "true");
        // Event topics keep every record, as in production (SPEC §15): scoring can be rebuilt from them
        props.put("log.retention.ms", "-1");
        // Every accepted event must survive a broker crash: flush to disk like a production broker would on acks=all.
        props.put("log.flush.interval.messages", "1");
        return props;
    }

    /** A single node keeps its data in the log directory itself, as before clusters; a cluster's nodes below it. */
    private Path nodeDir(int node) {
        return ports.length == 1 ? logDir : logDir.resolve("node-" + (node + 1));
    }

    private void format(int node) {
        Path config = logDir.resolveSibling(logDir.getFileName() + "-" + (node + 1) + ".properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            brokerProperties(node).store(out, "Bokslut embedded Kafka");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit;
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exit = StorageTool.execute(
                    new String[] { "format", "-t", clusterId, "-c", config.toString(), "--ignore-formatted" }, print);
        } finally {
            try {
                Files.deleteIfExists(config);
            } catch (IOException ignored) {
                // a leftover properties file in the temp directory is harmless
            }
        }
        if (exit != 0) {
            throw new IllegalStateException("Formatting Kafka storage failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    private void awaitReady(int nodes) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try (Admin admin = Admin.create(config)) {
                if (admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).size() >= nodes) {
                    return;
                }
            } catch (Exception e) {
                last = new IllegalStateException("Kafka on " + bootstrapServers() + " is not ready", e);
            }
            sleep(200);
        }
        throw last != null ? last : new IllegalStateException("Kafka did not become ready in " + READY_TIMEOUT);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }
}
