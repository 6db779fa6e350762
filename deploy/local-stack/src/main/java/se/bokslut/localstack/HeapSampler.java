package se.bokslut.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's {@code heap.max}: reads each service's heap in use ({@code jvm_memory_used_bytes} of the heap
 * pools, from {@code /q/metrics}) four times a second for the whole run and keeps the largest.
 */
final class HeapSampler implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final List<ServiceProcess> services;
    private final Map<String, Long> peak = new LinkedHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler(List<ServiceProcess> services) {
        this.services = services;
        services.forEach(service -> peak.put(service.name(), 0L));
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            for (ServiceProcess service : services) {
                long used = heapInUse(service);
                synchronized (peak) {
                    peak.merge(service.name(), used, Math::max);
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static long heapInUse(ServiceProcess service) {
        try {
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(service.url() + "/q/metrics"))
                    .header("Accept", "text/plain").timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return (long) metrics.lines().filter(line -> line.startsWith("jvm_memory_used_bytes{")
                    && line.contains("area=\"heap\"")).mapToDouble(line -> Double.parseDouble(
                            line.substring(line.lastIndexOf(' ') + 1))).sum();
        } catch (java.io.IOException e) {
            return 0; // restarting, or gone: nothing in use to count
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** The largest heap in use seen of each service, in bytes. */
    Map<String, Long> peaks() {
        synchronized (peak) {
            return new LinkedHashMap<>(peak);
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
