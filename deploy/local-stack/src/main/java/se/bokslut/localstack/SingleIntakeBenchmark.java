package se.bokslut.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark's {@code intake.single}: unique participant events posted one per request by 64 clients on
 * keep-alive connections, each answered 202 (durable), against the anchor: the same bodies posted the same way to a
 * bare endpoint of intake's own JVM that binds them to the contract's record and answers 202
 * ({@code BenchmarkAnchorResource}).
 */
final class SingleIntakeBenchmark {

    static final int CLIENTS = 64;

    record Result(double perSecond, double anchorPerSecond) {
    }

    private final String intakeUrl;
    private final String token;

    SingleIntakeBenchmark(String intakeUrl, String token) {
        this.intakeUrl = intakeUrl;
        this.token = token;
    }

    /** Posts the bodies to the anchor, then (warm) to intake; each body once to each. */
    Result measure(List<String> warmUp, List<String> bodies) throws InterruptedException {
        run(intakeUrl + "/benchmark/anchor", null, warmUp, 202);
        double anchor = run(intakeUrl + "/benchmark/anchor", null, bodies, 202);
        run(intakeUrl + "/api/v1/participant-events", token, warmUp, 202);
        double single = run(intakeUrl + "/api/v1/participant-events", token, bodies, 202);
        return new Result(single, anchor);
    }

    /** Requests per second; fails on any other answer than the expected one. */
    private static double run(String url, String token, List<String> bodies, int expected)
            throws InterruptedException {
        // one HttpClient (one selector thread) for the 64 callers: it keeps one connection alive per request in
        // flight, so the load generator costs the 2 cores it shares with the services as little as it can
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger next = new AtomicInteger();
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> clients = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            Thread thread = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i)));
                    if (token != null) {
                        request.header("Authorization", "Bearer " + token);
                    }
                    try {
                        int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status != expected) {
                            failures.add(url + " answered " + status);
                        }
                    } catch (java.io.IOException e) {
                        failures.add(url + ": " + e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "client-" + c);
            thread.start();
            clients.add(thread);
        }
        for (Thread client : clients) {
            client.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " requests failed, e.g. " + failures.get(0));
        }
        return bodies.size() / seconds;
    }
}
