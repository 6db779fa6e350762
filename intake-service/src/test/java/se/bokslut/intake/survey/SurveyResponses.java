package se.bokslut.intake.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builders of survey responses as a survey tool would post them. */
public final class SurveyResponses {

    private SurveyResponses() {
    }

    public static Map<String, Object> participant(Map<String, Object> answers) {
        return response("PARTICIPANT", List.of("ungdomstorget"), answers);
    }

    public static Map<String, Object> response(String group, List<String> platforms, Map<String, Object> answers) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("responseId", UUID.randomUUID().toString());
        response.put("associationId", "umearegionen");
        response.put("platformIds", platforms);
        response.put("respondentGroup", group);
        response.put("answeredOn", "2019-11-30");
        response.put("respondentGender", "WOMAN");
        response.put("answers", answers);
        return response;
    }
}
