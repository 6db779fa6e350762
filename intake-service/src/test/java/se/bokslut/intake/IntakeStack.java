package se.bokslut.intake;

import java.util.Map;

import se.bokslut.localstack.LocalStackTestResource;

/**
 * The real Kafka broker and PostgreSQL server, with the reference data of umearegionen on the reference-data topic
 * before intake starts, as reporting-service would have published it.
 */
public class IntakeStack extends LocalStackTestResource {

    public static final String REFERENCE_TOPIC = "bokslut.reference-data";
    public static final String UMEAREGIONEN = """
            {"schemaVersion": 1, "id": "umearegionen", "name": "Samordningsförbundet Umeåregionen",
             "platforms": [
               {"id": "ungdomstorget", "name": "Ungdomstorget", "municipalityCode": "2480", "activeFrom": "2015-01-01"},
               {"id": "vuxentorget", "name": "Vuxentorget", "municipalityCode": "2480"},
               {"id": "nedlagda-torget", "name": "Nedlagda torget", "activeFrom": "2010-01-01", "activeTo": "2018-12-31"}
             ],
             "unitGroups": []}""";
    /** A second association, whose submissions must neither collide with umearegionen's nor tell anything of them. */
    public static final String LULEA = """
            {"schemaVersion": 1, "id": "lulea", "name": "Samordningsförbundet Luleå",
             "platforms": [{"id": "lulea-torget", "name": "Luleåtorget", "municipalityCode": "2580"}],
             "unitGroups": []}""";

    public static final String QUESTION_TOPIC = "bokslut.question-catalogue";
    static final Map<String, String> QUESTIONS = Map.of(
            "NNS-1", question("NNS-1", null, "FREQUENCY_6", "PARTICIPANT"),
            "NNS-2", question("NNS-2", null, "FREQUENCY_6", "PARTICIPANT"),
            "NNS-4", question("NNS-4", null, "YES_NO", "PARTICIPANT"),
            "UMEA-1.9", question("UMEA-1.9", "umearegionen", "YES_NO", "PARTICIPANT"),
            "LULEA-1", question("LULEA-1", "lulea", "YES_NO", "PARTICIPANT"),
            "MGR-1", question("MGR-1", null, "EXTENT_6", "MANAGER\", \"ASSOCIATION_MANAGER"),
            "STAFF-1", question("STAFF-1", null, "EXTENT_6", "STAFF"));

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        kafka().createCompactedTopic(REFERENCE_TOPIC);
        kafka().send(REFERENCE_TOPIC, "umearegionen", UMEAREGIONEN);
        kafka().send(REFERENCE_TOPIC, "lulea", LULEA);
        kafka().createCompactedTopic(QUESTION_TOPIC);
        QUESTIONS.forEach((code, question) -> kafka().send(QUESTION_TOPIC, code, question));
        // lulea owns a question with the code umearegionen's own has, keyed as reporting keys an association's own
        kafka().send(QUESTION_TOPIC, "lulea/UMEA-1.9", question("UMEA-1.9", "lulea", "EXTENT_6", "PARTICIPANT"));
        return config;
    }

    private static String question(String code, String association, String scale, String groups) {
        return "{\"schemaVersion\": 1, \"code\": \"" + code + "\", \"associationId\": "
                + (association == null ? "null" : "\"" + association + "\"") + ", \"text\": \"?\", \"scale\": \""
                + scale + "\", \"respondentGroups\": [\"" + groups + "\"]}";
    }
}
