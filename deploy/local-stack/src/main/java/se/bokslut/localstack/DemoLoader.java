package se.bokslut.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Loads the demo through the public APIs, as the association's systems would: reference data, goal models and manual
 * inputs into reporting, participant events and survey responses into intake in batches; then waits until the reports
 * show them.
 */
public final class DemoLoader {

    private static final int BATCH = 1000;

    private DemoLoader() {
    }

    public static void load(Path demoDirectory, String intakeUrl, String reportingUrl, Tokens tokens) {
        HttpJson.Client analyst = HttpJson.as(tokens.analyst(DemoData.ASSOCIATION));
        putReferenceData(demoDirectory, reportingUrl, analyst);
        HttpJson.Client caseSystem = HttpJson.as(tokens.caseSystem(DemoData.ASSOCIATION, DemoData.PLATFORMS));
        awaitIntakeKnows(intakeUrl, DemoData.ASSOCIATION, "ungdomstorget", caseSystem);
        putQuestions(demoDirectory, reportingUrl, analyst);
        putGoalModels(demoDirectory, reportingUrl, analyst);
        putManualInputs(demoDirectory, reportingUrl, analyst);
        List<Map<String, Object>> events = DemoData.participantEvents();
        postInBatches(intakeUrl + "/api/v1/participant-events/batch", events, caseSystem);
        System.out.printf("  %d participant events accepted%n", events.size());
        List<Map<String, Object>> responses = DemoData.surveyResponses();
        postInBatches(intakeUrl + "/api/v1/survey-responses/batch", responses,
                HttpJson.as(tokens.surveyTool(DemoData.ASSOCIATION)));
        System.out.printf("  %d survey responses accepted%n", responses.size());
        awaitFigures(reportingUrl, analyst, Duration.ofSeconds(180));
    }

    public static void putReferenceData(Path demoDirectory, String reportingUrl, HttpJson.Client analyst) {
        try (Stream<Path> files = jsonFiles(demoDirectory.resolve("reference"))) {
            for (Path file : files.sorted().toList()) {
                String association = file.getFileName().toString().replace(".json", "");
                analyst.put(reportingUrl + "/api/v1/associations/" + association, Files.readString(file)).expect(200);
                System.out.printf("  reference data of %s loaded%n", association);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PUTs each association's own questions (deploy/demo/questions/{association}.json, a JSON array). */
    public static void putQuestions(Path demoDirectory, String reportingUrl, HttpJson.Client analyst) {
        try (Stream<Path> files = jsonFiles(demoDirectory.resolve("questions"))) {
            for (Path file : files.sorted().toList()) {
                for (JsonNode question : HttpJson.JSON.readTree(Files.readString(file))) {
                    analyst.put(reportingUrl + "/api/v1/questions/" + question.path("code").asText(), question)
                            .expect(200);
                }
                System.out.printf("  questions of %s loaded%n", file.getFileName().toString().replace(".json", ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * PUTs what analysts enter by hand (deploy/demo/manual-inputs/{association}-{year}.json, a JSON array): the results
     * of manual indicators ({@code unit}, {@code indicator}, {@code input}) and the board's verdicts ({@code unit},
     * {@code goal}, {@code verdict}).
     */
    public static void putManualInputs(Path demoDirectory, String reportingUrl, HttpJson.Client analyst) {
        try (Stream<Path> files = jsonFiles(demoDirectory.resolve("manual-inputs"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().replace(".json", "");
                int dash = name.lastIndexOf('-');
                String base = reportingUrl + "/api/v1/manual-inputs/" + name.substring(0, dash) + "/"
                        + name.substring(dash + 1) + "/";
                for (JsonNode entry : HttpJson.JSON.readTree(Files.readString(file))) {
                    String unit = entry.path("unit").asText();
                    if (entry.has("verdict")) {
                        analyst.put(base + unit + "/verdicts/" + entry.path("goal").asText(), entry.get("verdict"))
                                .expect(200);
                    } else {
                        analyst.put(base + unit + "/indicators/" + entry.path("indicator").asText(), entry.get("input"))
                                .expect(200);
                    }
                }
                System.out.printf("  manual inputs %s loaded%n", name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void putGoalModels(Path demoDirectory, String reportingUrl, HttpJson.Client analyst) {
        try (Stream<Path> files = jsonFiles(demoDirectory.resolve("goal-models"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().replace(".json", "");
                int dash = name.lastIndexOf('-');
                String url = reportingUrl + "/api/v1/goal-models/" + name.substring(0, dash) + "/" + name.substring(dash + 1);
                analyst.put(url, Files.readString(file)).expect(200);
                System.out.printf("  goal model %s loaded%n", name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until intake has learnt the association's platform from the reference-data topic. */
    public static void awaitIntakeKnows(String intakeUrl, String associationId, String platformId,
            HttpJson.Client caseSystem) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            HttpJson.Answer answer = caseSystem.get(intakeUrl + "/api/v1/associations/" + associationId);
            if (answer.status() == 200 && answer.json().path("platforms").has(platformId)) {
                return;
            }
            sleep(200);
        }
        throw new IllegalStateException("intake did not learn " + associationId + "/" + platformId);
    }

    /** Posts the items in batches and fails unless every item was accepted (or had been before). */
    public static void postInBatches(String url, List<Map<String, Object>> items, HttpJson.Client sender) {
        for (int from = 0; from < items.size(); from += BATCH) {
            List<Map<String, Object>> batch = items.subList(from, Math.min(items.size(), from + BATCH));
            JsonNode answer = retryWhileUnavailable(url, batch, sender).json();
            for (JsonNode item : answer.path("items")) {
                String status = item.path("status").asText();
                if (!status.equals("ACCEPTED") && !status.equals("DUPLICATE")) {
                    throw new IllegalStateException("demo item rejected: " + item);
                }
            }
        }
    }

    private static HttpJson.Answer retryWhileUnavailable(String url, Object body, HttpJson.Client sender) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            HttpJson.Answer answer = sender.post(url, body);
            // 503: intake is still reading the reference data
            if (answer.status() == 200 || System.nanoTime() > deadline) {
                return answer.expect(200);
            }
            sleep(500);
        }
    }

    private static void awaitFigures(String reportingUrl, HttpJson.Client analyst, Duration timeout) {
        String url = reportingUrl + "/api/v1/reports/volume?associationId=umearegionen&unit=ungdomstorget&year=2020";
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            HttpJson.Answer answer = analyst.get(url);
            if (answer.status() == 200 && answer.json().path("closed").path("total").asInt() == 56) {
                return;
            }
            sleep(500);
        }
        throw new IllegalStateException("the demo figures did not appear in reporting within " + timeout);
    }

    /** The JSON files of a folder, none when the folder is absent (an association's own folder may lack some). */
    private static Stream<Path> jsonFiles(Path folder) throws IOException {
        return Files.isDirectory(folder) ? Files.list(folder).filter(file -> file.toString().endsWith(".json"))
                : Stream.empty();
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
