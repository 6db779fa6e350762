package se.bokslut.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import se.bokslut.localstack.DemoLoader;
import se.bokslut.localstack.HttpJson;
import se.bokslut.localstack.Tokens;

/** What the end-to-end tests do with the running system, in the words of its users. */
final class Bokslut {

    private Bokslut() {
    }

    /** Posts one event as the case-management system of its platform. */
    static HttpJson.Answer post(Map<String, Object> event) {
        return caseSystemFor(List.of(event)).post(RunningSystem.intake() + "/api/v1/participant-events", event);
    }

    /** Posts events in batches as a case-management system for all their platforms. */
    static void postAll(List<Map<String, Object>> events) {
        DemoLoader.postInBatches(RunningSystem.intake() + "/api/v1/participant-events/batch", events,
                caseSystemFor(events));
    }

    static HttpJson.Client caseSystemFor(List<Map<String, Object>> events) {
        String association = (String) events.get(0).get("associationId");
        String[] platforms = events.stream().map(event -> (String) event.get("platformId")).distinct()
                .toArray(String[]::new);
        return HttpJson.as(tokens().caseSystem(association, platforms));
    }

    static HttpJson.Client analyst(String associationId) {
        return HttpJson.as(tokens().analyst(associationId));
    }

    static Tokens tokens() {
        return RunningSystem.system().tokens();
    }

    /** Stores reference data in reporting and waits until intake has learnt it. */
    static void putAssociation(String associationId, String document, String platformId) {
        analyst(associationId).put(RunningSystem.reporting() + "/api/v1/associations/" + associationId, document)
                .expect(200);
        DemoLoader.awaitIntakeKnows(RunningSystem.intake(), associationId, platformId,
                HttpJson.as(tokens().caseSystem(associationId, platformId)));
    }

    static void putGoalModel(String associationId, int year, String document) {
        analyst(associationId).put(RunningSystem.reporting() + "/api/v1/goal-models/" + associationId + "/" + year,
                document).expect(200);
    }

    static JsonNode volume(String associationId, String unit, String period) {
        return report("volume", associationId, unit, period);
    }

    static JsonNode fulfilment(String associationId, String unit, String period) {
        return report("goal-fulfilment", associationId, unit, period);
    }

    static JsonNode report(String report, String associationId, String unit, String period) {
        return analyst(associationId).get(RunningSystem.reporting() + "/api/v1/reports/" + report + "?associationId="
                + associationId + "&unit=" + unit + "&period=" + period).expect(200).json();
    }

    /** Reads the report until the condition holds (scoring applies events within moments) and returns it. */
    static JsonNode awaitVolume(String associationId, String unit, String period, Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode report = volume(associationId, unit, period);
        while (!condition.test(report) && System.nanoTime() < deadline) {
            sleep(200);
            report = volume(associationId, unit, period);
        }
        return report;
    }

    static JsonNode indicator(JsonNode fulfilment, String id) {
        for (JsonNode area : fulfilment.path("goalAreas")) {
            for (JsonNode goal : area.path("goals")) {
                for (JsonNode indicator : goal.path("indicators")) {
                    if (indicator.path("id").asText().equals(id)) {
                        return indicator;
                    }
                }
            }
        }
        throw new AssertionError("no indicator " + id + " in " + fulfilment);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
