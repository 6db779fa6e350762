package se.bokslut.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import se.bokslut.localstack.DemoData;
import se.bokslut.localstack.DemoLoader;
import se.bokslut.localstack.HttpJson;
import se.bokslut.localstack.ParticipantEventFactory;

/**
 * The worked examples of SPEC §9 that concern closures, driven through intake → Kafka → scoring → reporting. The
 * Ungdomstorget history arrives shuffled (late and out-of-order), partly twice.
 */
@ExtendWith(RunningSystem.class)
class WorkedExamplesIT {

    static final Path DEMO = Path.of(System.getProperty("bokslut.root", "../..")).resolve("deploy/demo");

    @BeforeAll
    static void ungdomstorgetsHistoryArrivesOutOfOrder() {
        HttpJson.Client analyst = Bokslut.analyst("umearegionen");
        DemoLoader.putReferenceData(DEMO, RunningSystem.reporting(), analyst);
        DemoLoader.awaitIntakeKnows(RunningSystem.intake(), "umearegionen", "ungdomstorget",
                HttpJson.as(Bokslut.tokens().caseSystem("umearegionen", "ungdomstorget")));
        DemoLoader.putQuestions(DEMO, RunningSystem.reporting(), analyst);
        DemoLoader.putGoalModels(DEMO, RunningSystem.reporting(), analyst);
        List<Map<String, Object>> events = new ArrayList<>(DemoData.ungdomstorget());
        Collections.shuffle(events, new Random(7));
        // a case system can only retract what it has sent: retractions come last, everything else in any order
        events.sort(java.util.Comparator.comparing(event -> event.get("type").equals("EVENT_RETRACTED")));
        Bokslut.postAll(events);
        Bokslut.postAll(events.subList(0, 300)); // resent: must change nothing
        DemoLoader.postInBatches(RunningSystem.intake() + "/api/v1/survey-responses/batch",
                DemoData.ungdomstorgetSurvey2017(), HttpJson.as(Bokslut.tokens().surveyTool("umearegionen")));
        Bokslut.awaitVolume("umearegionen", "ungdomstorget", "2020",
                volume -> volume.path("closed").path("total").asInt() == 56);
        Bokslut.awaitVolume("umearegionen", "ungdomstorget", "2019",
                volume -> volume.path("closed").path("total").asInt() == 128);
    }

    @Test
    void example1UngdomstorgetVolume2019() {
        JsonNode volume = Bokslut.volume("umearegionen", "ungdomstorget", "2019");

        assertSplit(volume.path("participants"), 148, 147, 295);
        assertSplit(volume.path("started"), 66, 55, 121);
        assertSplit(volume.path("closed"), 55, 73, 128);
        assertSplit(group(volume, "WORK"), 10, 19, 29);
        assertSplit(group(volume, "STUDIES"), 14, 14, 28);
        assertSplit(group(volume, "OTHER_SOLUTION"), 24, 34, 58);
        assertSplit(group(volume, "DROPOUT"), 7, 6, 13);
        assertSplit(volume.path("remaining"), 93, 74, 167);
    }

    @Test
    void example2UngdomstorgetGoalFulfilment2019() {
        JsonNode fulfilment = Bokslut.fulfilment("umearegionen", "ungdomstorget", "2019");

        assertIndicator(fulfilment, "1.1.1", 29, 128, 23, "RED");
        assertIndicator(fulfilment, "1.1.2", 28, 128, 22, "RED");
        assertIndicator(fulfilment, "1.1.3", 58, 128, 45, "GREEN");
    }

    @Test
    void example3UngdomstorgetParticipantSurvey2017() {
        JsonNode fulfilment = awaitFulfilment("2017", "1.2.4", indicator -> indicator.path("denominator").asInt() == 23);

        assertIndicator(fulfilment, "1.2.1", 15, 22, 68, "RED");
        assertIndicator(fulfilment, "1.2.2", 19, 21, 90, "GREEN");
        assertIndicator(fulfilment, "1.2.4", 23, 23, 100, "GREEN");
        assertThat(Bokslut.indicator(fulfilment, "1.2.1").path("answered").asInt()).isEqualTo(22);
        assertThat(Bokslut.indicator(fulfilment, "1.2.1").path("byGender").path("declined").path("denominator").asInt())
                .isEqualTo(1);
    }

    @Test
    void example4UngdomstorgetThreeLevelSignals2020() {
        JsonNode volume = Bokslut.volume("umearegionen", "ungdomstorget", "2020");
        assertThat(volume.path("closed").path("total").asInt()).isEqualTo(56);

        JsonNode fulfilment = Bokslut.fulfilment("umearegionen", "ungdomstorget", "2020");
        assertIndicator(fulfilment, "1.1.1", 43, 56, 77, "YELLOW");
        assertIndicator(fulfilment, "1.1.2", 17, 43, 40, "GREEN");
        assertIndicator(fulfilment, "1.1.3", 11, 43, 26, "GREEN");
    }

    @Test
    void example5FiveOfEightIsShownAs63PercentAndMeetsATargetOf63() throws IOException {
        Bokslut.putAssociation("avrundning", """
                {"name": "Avrundningsförbundet", "platforms": [{"id": "torget", "name": "Torget"}]}""", "torget");
        Bokslut.putGoalModel("avrundning", 2021, Files.readString(
                Path.of("src/test/resources/rounding-goal-model-2021.json")));
        ParticipantEventFactory events = new ParticipantEventFactory("avrundning", "rounding");
        List<Map<String, Object>> closures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String participant = "r-" + i;
            closures.add(events.started("torget", participant, LocalDate.of(2021, 1, 10 + i), i % 2 == 0 ? "WOMAN" : "MAN"));
            closures.add(events.closed("torget", participant, LocalDate.of(2021, 6, 1 + i), i < 5 ? "WORK" : "DROPOUT"));
        }
        Bokslut.postAll(closures);
        Bokslut.awaitVolume("avrundning", "torget", "2021", volume -> volume.path("closed").path("total").asInt() == 8);

        assertIndicator(Bokslut.fulfilment("avrundning", "torget", "2021"), "1.1.1", 5, 8, 63, "GREEN");
    }

    static JsonNode awaitFulfilment(String period, String id, java.util.function.Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        JsonNode fulfilment = Bokslut.fulfilment("umearegionen", "ungdomstorget", period);
        while (!condition.test(Bokslut.indicator(fulfilment, id)) && System.nanoTime() < deadline) {
            Bokslut.sleep(200);
            fulfilment = Bokslut.fulfilment("umearegionen", "ungdomstorget", period);
        }
        return fulfilment;
    }

    static void assertIndicator(JsonNode fulfilment, String id, int numerator, int denominator, int value,
            String status) {
        JsonNode indicator = Bokslut.indicator(fulfilment, id);
        assertThat(indicator.path("numerator").asInt()).as(id + " numerator").isEqualTo(numerator);
        assertThat(indicator.path("denominator").asInt()).as(id + " denominator").isEqualTo(denominator);
        assertThat(indicator.path("value").asInt()).as(id + " value").isEqualTo(value);
        assertThat(indicator.path("status").asText()).as(id + " status").isEqualTo(status);
    }

    static void assertSplit(JsonNode split, int women, int men, int total) {
        assertThat(split.path("women").asInt()).as("women in " + split).isEqualTo(women);
        assertThat(split.path("men").asInt()).as("men in " + split).isEqualTo(men);
        assertThat(split.path("total").asInt()).as("total in " + split).isEqualTo(total);
    }

    static JsonNode group(JsonNode volume, String group) {
        for (JsonNode row : volume.path("closedByOutcomeGroup")) {
            if (row.path("group").asText().equals(group)) {
                return row;
            }
        }
        throw new AssertionError("no outcome group " + group);
    }
}
