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

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        kafka().createCompactedTopic(REFERENCE_TOPIC);
        kafka().send(REFERENCE_TOPIC, "umearegionen", UMEAREGIONEN);
        return config;
    }
}
