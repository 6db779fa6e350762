package se.bokslut.scoring.survey;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Survey response record values as intake publishes them (schema version 1). */
public final class SurveyRecords {

    private SurveyRecords() {
    }

    public static String response(List<String> platforms, String group, String date, String gender, Map<String, Object> answers) {
        return response(UUID.randomUUID(), platforms, group, date, gender, answers);
    }

    static String response(UUID id, List<String> platforms, String group, String date, String gender,
            Map<String, Object> answers) {
        String answerJson = answers.entrySet().stream()
                .map(entry -> "\"" + entry.getKey() + "\":" + (entry.getValue() instanceof String text ? "\"" + text + "\""
                        : entry.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
        String platformJson = platforms.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(",", "[", "]"));
        return "{\"responseId\":\"" + id + "\",\"associationId\":\"umearegionen\",\"platformIds\":" + platformJson
                + ",\"respondentGroup\":\"" + group + "\",\"answeredOn\":\"" + date + "\""
                + (gender == null ? "" : ",\"respondentGender\":\"" + gender + "\"")
                + ",\"answers\":" + answerJson + ",\"schemaVersion\":1,\"acceptedAt\":\"2026-01-01T00:00:00Z\"}";
    }
}
