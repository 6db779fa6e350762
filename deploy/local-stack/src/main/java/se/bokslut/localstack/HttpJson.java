package se.bokslut.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A minimal JSON-over-HTTP client for the demo loader and the end-to-end tests. */
public final class HttpJson {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpJson() {
    }

    public record Answer(int status, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }

        public Answer expect(int expected) {
            if (status != expected) {
                throw new IllegalStateException("expected " + expected + " but got " + status + ": " + body);
            }
            return this;
        }
    }

    /** Requests made with a bearer token. */
    public static final class Client {

        private final String token;

        private Client(String token) {
            this.token = token;
        }

        public Answer get(String url) {
            return send(authorized(HttpRequest.newBuilder(URI.create(url))).header("Accept", "application/json").GET());
        }

        public Answer post(String url, Object body) {
            return send(authorized(HttpRequest.newBuilder(URI.create(url))).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(text(body))));
        }

        public Answer put(String url, Object body) {
            return send(authorized(HttpRequest.newBuilder(URI.create(url))).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(text(body))));
        }

        private HttpRequest.Builder authorized(HttpRequest.Builder request) {
            return token == null ? request : request.header("Authorization", "Bearer " + token);
        }
    }

    /** A client that sends the token with every request. */
    public static Client as(String token) {
        return new Client(token);
    }

    /** A client without a token (health, OpenAPI). */
    public static Client anonymous() {
        return new Client(null);
    }

    private static String text(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
