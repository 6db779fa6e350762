package se.bokslut.reporting.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports can only be served while scoring-service answers and is itself ready (its readiness reflects Kafka and its
 * PostgreSQL), so reporting is ready only then.
 */
@Readiness
@ApplicationScoped
public class ScoringHealthCheck implements HealthCheck {

    @ConfigProperty(name = "quarkus.rest-client.scoring.url")
    String scoringUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("scoring-service").withData("url", scoringUrl);
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(scoringUrl + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.withData("status", answer.statusCode()).status(answer.statusCode() == 200).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().build();
        } catch (Exception e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
