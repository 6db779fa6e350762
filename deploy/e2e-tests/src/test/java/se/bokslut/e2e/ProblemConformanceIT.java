package se.bokslut.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import se.bokslut.localstack.HttpJson;
import se.bokslut.localstack.ParticipantEventFactory;

/**
 * One error format everywhere: the 400, 401, 403, 404, 405, 409, 413, 415 and 422 answers of intake, scoring and
 * reporting are application/problem+json and validate against docs/problem.schema.json (scoring reads no bodies and
 * writes nothing through its API, so it has no 409, 413 or 415 to give). (Their 503s need PostgreSQL
 * down: ReliabilityIT stops it and holds each service's 503 to the same schema with {@link #failures}.)
 */
@ExtendWith(RunningSystem.class)
class ProblemConformanceIT {

    static final String ASSOCIATION = "problemforbundet";
    static final ParticipantEventFactory EVENTS = new ParticipantEventFactory(ASSOCIATION, "problems");
    static final HttpClient HTTP = HttpClient.newHttpClient();

    record Case(String name, int status, HttpRequest request) {
    }

    @BeforeAll
    static void anAssociation() {
        Bokslut.putAssociation(ASSOCIATION, """
                {"name": "Problemförbundet", "platforms": [{"id": "p", "name": "P"}]}""", "p");
    }

    @Test
    void everyServicesProblemsFollowTheOneSchema() throws Exception {
        String caseSystem = Bokslut.tokens().caseSystem(ASSOCIATION, "p");
        String analyst = Bokslut.tokens().analyst(ASSOCIATION);
        String service = Bokslut.tokens().reportingService();
        String events = RunningSystem.intake() + "/api/v1/participant-events";
        Map<String, Object> closure = EVENTS.closed("p", "x-1", LocalDate.of(2021, 3, 1), "WORK");
        assertThat(HttpJson.as(caseSystem).post(events, closure).status()).isEqualTo(202);
        Map<String, Object> changed = new java.util.LinkedHashMap<>(closure);
        changed.put("outcome", "STUDIES");
        Map<String, Object> unknownOutcome = new java.util.LinkedHashMap<>(EVENTS.closed("p", "x-2",
                LocalDate.of(2021, 3, 1), "WORK"));
        unknownOutcome.put("outcome", "LOTTERY");

        String figures = RunningSystem.scoring() + "/api/v1/figures/volume?associationId=" + ASSOCIATION
                + "&platformId=p&from=2021-01-01&to=2021-12-31";
        String volume = RunningSystem.reporting() + "/api/v1/reports/volume?associationId=" + ASSOCIATION
                + "&unit=p&year=2021";
        List<Case> cases = List.of(
                new Case("intake 400 malformed JSON", 400, post(events, caseSystem, "application/json", "{")),
                new Case("intake 401 no token", 401, post(events, null, "application/json", json(closure))),
                new Case("intake 403 an analyst posts", 403, post(events, analyst, "application/json", json(closure))),
                new Case("intake 404 no such resource", 404, get(RunningSystem.intake() + "/api/v1/nothing", caseSystem)),
                new Case("intake 405 GET on the events", 405, get(events, caseSystem)),
                new Case("intake 409 same id, other content", 409, post(events, caseSystem, "application/json",
                        json(changed))),
                new Case("intake 413 a body over the limit", 413, post(events, caseSystem, "application/json",
                        "{\"padding\":\"" + "x".repeat(2_100_000) + "\"}")),
                new Case("intake 415 text", 415, post(events, caseSystem, "text/plain", "hello")),
                new Case("intake 422 unknown outcome", 422, post(events, caseSystem, "application/json",
                        json(unknownOutcome))),
                new Case("scoring 400 a date out of range", 400, get(figures.replace("2021-01-01", "1899-01-01"), service)),
                new Case("scoring 401 no token", 401, get(figures, null)),
                new Case("scoring 403 a user token", 403, get(figures, analyst)),
                new Case("scoring 404 no such resource", 404, get(RunningSystem.scoring() + "/api/v1/nothing", service)),
                new Case("scoring 405 POST on the figures", 405, post(figures, service, "application/json", "{}")),
                new Case("reporting 400 a bad period", 400, get(volume + "&period=2021-T9", analyst)),
                new Case("reporting 401 no token", 401, get(volume, null)),
                new Case("reporting 403 another association", 403, get(volume.replace("associationId=" + ASSOCIATION,
                        "associationId=umearegionen"), analyst)),
                new Case("reporting 404 an unknown unit", 404, get(volume.replace("unit=p", "unit=atlantis"), analyst)),
                new Case("reporting 405 DELETE on a report", 405, HttpRequest.newBuilder(URI.create(volume))
                        .header("Authorization", "Bearer " + analyst).DELETE().build()),
                new Case("reporting 409 a shipped question", 409, put(RunningSystem.reporting() + "/api/v1/questions/NNS-1",
                        analyst, "application/json", "{\"associationId\": \"" + ASSOCIATION + "\", \"text\": \"?\", "
                                + "\"scale\": \"YES_NO\", \"respondentGroups\": [\"PARTICIPANT\"]}")),
                new Case("reporting 413 a document over the limit", 413, put(RunningSystem.reporting()
                        + "/api/v1/associations/" + ASSOCIATION, analyst, "application/json",
                        "{\"name\": \"" + "x".repeat(1_100_000) + "\"}")),
                new Case("reporting 415 a text document", 415, put(RunningSystem.reporting() + "/api/v1/associations/"
                        + ASSOCIATION, analyst, "text/plain", "hello")),
                new Case("reporting 422 an unknown field", 422, put(RunningSystem.reporting() + "/api/v1/associations/"
                        + ASSOCIATION, analyst, "application/json", "{\"name\": \"P\", \"colour\": \"red\", "
                                + "\"platforms\": [{\"id\": \"p\", \"name\": \"P\"}]}")));

        assertThat(failures(cases)).as("%d problem answers of three services", cases.size()).isEmpty();
    }

    /** What is wrong with each case's answer: another status, not problem+json, or a body outside the schema. */
    static List<String> failures(List<Case> cases) throws IOException, InterruptedException {
        JsonSchema schema = schema();
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            HttpResponse<String> response = HTTP.send(c.request(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() != c.status() || !type.startsWith("application/problem+json")) {
                failures.add(c.name() + ": " + response.statusCode() + " " + type + " " + response.body());
                continue;
            }
            JsonNode body = HttpJson.JSON.readTree(response.body());
            Set<ValidationMessage> violations = schema.validate(body);
            if (!violations.isEmpty() || body.path("status").asInt() != c.status()) {
                failures.add(c.name() + ": " + violations + " " + body);
            }
        }
        return failures;
    }

    static JsonSchema schema() {
        Path file = Path.of(System.getProperty("bokslut.root", "../..")).resolve("docs/problem.schema.json");
        try (InputStream in = Files.newInputStream(file)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in,
                    SchemaValidatorsConfig.builder().build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(Object value) throws IOException {
        return HttpJson.JSON.writeValueAsString(value);
    }

    static HttpRequest get(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
        return (token == null ? builder : builder.header("Authorization", "Bearer " + token)).GET().build();
    }

    static HttpRequest post(String url, String token, String type, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .header("Accept", "application/json");
        return (token == null ? builder : builder.header("Authorization", "Bearer " + token))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpRequest put(String url, String token, String type, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).PUT(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
