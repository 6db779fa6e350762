package se.bokslut.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Plays scoring-service's figures API for reporting's own tests: answers the figures a test registered for a query
 * (platforms, from, to, tag); a unit group nobody registered answers the sum of its platforms' answers, as scoring
 * does, so the figures a test gives are consistent across units; zero figures otherwise.
 */
public class ScoringStub implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, String> FIGURES = new ConcurrentHashMap<>();
    /**
     * The number of the figures, as scoring's {@code /api/v1/figures/version} gives it: moved by every registration,
     * so reporting reads again whatever a test changed, as it does when scoring applies a fact.
     */
    private static final java.util.concurrent.atomic.AtomicLong VERSION = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.atomic.AtomicLong FIGURE_QUERIES = new java.util.concurrent.atomic.AtomicLong();
    /** reporting-service's own token: like scoring, the stub answers nothing else (docs/security.md §4). */
    static final String SERVICE_TOKEN = se.bokslut.localstack.LocalStackTestResource.tokens().reportingService();
    private static final List<String> ANOMALY_QUERIES = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** When scoring says it applied the newest fact, for every association. */
    public static final String AS_OF = "2021-02-14T09:30:00Z";
    private HttpServer server;

    /** Registers the JSON scoring answers for these platforms, dates and tag (null for none). */
    public static void answer(List<String> platforms, String from, String to, String tag, String json) {
        FIGURES.put(key(platforms, from, to, tag), json);
        VERSION.incrementAndGet();
    }

    @Override
    public Map<String, String> start() {
        // answer at once: without it every keep-alive answer waits for the client's delayed acknowledgement (~40 ms)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v1/figures/volume", authenticated(this::volume));
        server.createContext("/api/v1/figures/surveys", authenticated(this::surveys));
        server.createContext("/api/v1/figures/background", authenticated(this::background));
        server.createContext("/api/v1/figures/as-of", authenticated(exchange -> respond(exchange, 200,
                "{\"associationId\":\"umearegionen\",\"newestFactAppliedAt\":\"" + AS_OF + "\""
                        + FIGURES.getOrDefault("activity", "") + "}")));
        server.createContext("/api/v1/figures/version", authenticated(exchange -> respond(exchange, 200,
                "{\"associationId\":\"umearegionen\",\"epoch\":\"stub\",\"version\":" + VERSION.get() + "}")));
        // no open anomalies: the social accounts' data-quality section reads them
        server.createContext("/api/v1/anomalies", authenticated(this::anomalies));
        server.createContext("/q/health/ready", exchange -> respond(exchange, 200, "{\"status\":\"UP\"}"));
        server.start();
        return Map.of("quarkus.rest-client.scoring.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "bokslut.reporting.scoring-token", SERVICE_TOKEN);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Makes as-of say the association has activity from the first year to the last (none by default). */
    public static void answerActivity(int firstYear, int lastYear) {
        FIGURES.put("activity", ",\"firstActivityYear\":" + firstYear + ",\"lastActivityYear\":" + lastYear);
        VERSION.incrementAndGet();
    }

    /** Everything registered so far, to put back with {@link #restore} when a test is done with its own figures. */
    public static Map<String, String> snapshot() {
        return Map.copyOf(FIGURES);
    }

    public static void restore(Map<String, String> figures) {
        FIGURES.clear();
        FIGURES.putAll(figures);
        VERSION.incrementAndGet();
    }

    /** Registers the JSON survey figures for these platforms and dates. */
    public static void answerSurveys(List<String> platforms, String from, String to, String json) {
        FIGURES.put(key(platforms, from, to, "surveys"), json);
        VERSION.incrementAndGet();
    }

    /** Registers the anomalies scoring answers for a query string such as {@code associationId=x&status=OPEN}. */
    public static void answerAnomalies(String json) {
        FIGURES.put("anomalies", json);
        VERSION.incrementAndGet();
    }

    /** How many volume, background and survey queries reporting has made so far. */
    public static long figureQueries() {
        return FIGURE_QUERIES.get();
    }

    /** The query strings of the anomaly requests reporting made, in order. */
    public static List<String> anomalyQueries() {
        return List.copyOf(ANOMALY_QUERIES);
    }

    private void anomalies(HttpExchange exchange) throws IOException {
        ANOMALY_QUERIES.add(exchange.getRequestURI().getRawQuery());
        respond(exchange, 200, FIGURES.getOrDefault("anomalies", "[]"));
    }

    /** Answers 401 unless the request carries reporting-service's own token. */
    private static com.sun.net.httpserver.HttpHandler authenticated(com.sun.net.httpserver.HttpHandler handler) {
        return exchange -> {
            if (!("Bearer " + SERVICE_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                respond(exchange, 401, "{\"status\":401,\"title\":\"reporting-service's own token expected\"}");
                return;
            }
            handler.handle(exchange);
        };
    }

    /** Registers the JSON background figures for these platforms and dates. */
    public static void answerBackground(List<String> platforms, String from, String to, String json) {
        FIGURES.put(key(platforms, from, to, "background"), json);
        VERSION.incrementAndGet();
    }

    private void background(HttpExchange exchange) throws IOException {
        FIGURE_QUERIES.incrementAndGet();
        Query query = Query.of(exchange.getRequestURI());
        respond(exchange, 200, summed(query.platforms, query.from, query.to, "background", "{\"groups\":{}}"));
    }

    private void surveys(HttpExchange exchange) throws IOException {
        FIGURE_QUERIES.incrementAndGet();
        Query query = Query.of(exchange.getRequestURI());
        respond(exchange, 200, FIGURES.getOrDefault(key(query.platforms, query.from, query.to, "surveys"),
                "{\"groups\":[]}"));
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The registered answer; for several platforms without one, the sum of the platforms' answers. */
    private static String summed(List<String> platforms, String from, String to, String tag, String none) {
        String registered = FIGURES.get(key(platforms, from, to, tag));
        if (registered != null || platforms.size() < 2) {
            return registered != null ? registered : none;
        }
        com.fasterxml.jackson.databind.JsonNode sum = null;
        try {
            for (String platform : platforms) {
                String one = FIGURES.get(key(List.of(platform), from, to, tag));
                if (one != null) {
                    com.fasterxml.jackson.databind.JsonNode node = JSON.readTree(one);
                    sum = sum == null ? node : add(sum, node);
                }
            }
            return sum == null ? none : JSON.writeValueAsString(sum);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts add up; means and medians of a sum are not known, so they are left out; lists keep the first's. */
    private static com.fasterxml.jackson.databind.JsonNode add(com.fasterxml.jackson.databind.JsonNode a,
            com.fasterxml.jackson.databind.JsonNode b) {
        if (a.isObject() && b.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode sum = JSON.createObjectNode();
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (name.startsWith("mean") || name.startsWith("median")) {
                    continue;
                }
                com.fasterxml.jackson.databind.JsonNode left = a.get(name);
                com.fasterxml.jackson.databind.JsonNode right = b.get(name);
                sum.set(name, left == null ? right : right == null ? left : add(left, right));
            }
            return sum;
        }
        if (a.isIntegralNumber() && b.isIntegralNumber()) {
            return JSON.getNodeFactory().numberNode(a.asLong() + b.asLong());
        }
        return a.isArray() && a.isEmpty() ? b : a;
    }

    private record Query(List<String> platforms, String from, String to, String tag) {
        static Query of(URI uri) {
            List<String> platforms = new ArrayList<>();
            String from = null;
            String to = null;
            String tag = null;
            for (String pair : uri.getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                String value = URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8);
                switch (parts[0]) {
                    case "platformId" -> platforms.add(value);
                    case "from" -> from = value;
                    case "to" -> to = value;
                    case "tag" -> tag = value;
                    default -> {
                    }
                }
            }
            return new Query(platforms, from, to, tag);
        }
    }

    private void volume(HttpExchange exchange) throws IOException {
        FIGURE_QUERIES.incrementAndGet();
        Query query = Query.of(exchange.getRequestURI());
        respond(exchange, 200, summed(query.platforms, query.from, query.to, query.tag, "{\"groups\":{}}"));
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String key(List<String> platforms, String from, String to, String tag) {
        return String.join("+", platforms) + "|" + from + "|" + to + "|" + tag;
    }
}
