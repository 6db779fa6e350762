package se.bokslut.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import se.bokslut.localstack.ParticipantEventFactory;

/** Starts and closures posted to intake come out of reporting's volume table, counted once. */
@ExtendWith(RunningSystem.class)
class ThinSliceIT {

    static final String ASSOCIATION = "tunnforbundet";
    static final ParticipantEventFactory EVENTS = new ParticipantEventFactory(ASSOCIATION, "thin-slice");

    @BeforeAll
    static void referenceData() {
        Bokslut.putAssociation(ASSOCIATION, """
                {"name": "Tunna förbundet", "platforms": [{"id": "torget", "name": "Torget"}]}""", "torget");
    }

    @Test
    void startsAndClosuresReachTheVolumeTableOnceEach() {
        // Given a participant who started last year and two who start this year
        Map<String, Object> carried = EVENTS.started("torget", "p-carried", LocalDate.of(2018, 11, 1), "WOMAN");
        Map<String, Object> anna = EVENTS.started("torget", "p-anna", LocalDate.of(2019, 2, 1), "WOMAN");
        Map<String, Object> bo = EVENTS.started("torget", "p-bo", LocalDate.of(2019, 3, 1), "MAN");
        // When Anna closes to work this year and Bo to studies next year
        Map<String, Object> annaWorks = EVENTS.closed("torget", "p-anna", LocalDate.of(2019, 6, 1), "WORK");
        Map<String, Object> boStudies = EVENTS.closed("torget", "p-bo", LocalDate.of(2020, 2, 1), "STUDIES");

        for (Map<String, Object> event : List.of(carried, anna, bo, annaWorks, boStudies)) {
            assertThat(Bokslut.post(event).status()).isEqualTo(202);
        }
        // and a case system sends Anna's closure again, alone and in a batch
        assertThat(Bokslut.post(annaWorks).status()).isEqualTo(200);
        Bokslut.postAll(List.of(annaWorks));

        // Then 2019 shows three participants, two new, one closed to work, two remaining
        JsonNode year2019 = Bokslut.awaitVolume(ASSOCIATION, "torget", "2019",
                report -> report.path("closed").path("total").asInt() == 1
                        && report.path("participants").path("total").asInt() == 3);
        assertThat(year2019.path("participants").path("women").asInt()).isEqualTo(2);
        assertThat(year2019.path("participants").path("men").asInt()).isEqualTo(1);
        assertThat(year2019.path("started").path("total").asInt()).isEqualTo(2);
        assertThat(year2019.path("closed").path("total").asInt()).isEqualTo(1);
        assertThat(outcome(year2019, "WORK")).isEqualTo(1);
        assertThat(year2019.path("remaining").path("total").asInt()).isEqualTo(2);

        // and 2020 shows Bo's closure to studies, with the carried-over participant remaining
        JsonNode year2020 = Bokslut.awaitVolume(ASSOCIATION, "torget", "2020",
                report -> report.path("closed").path("total").asInt() == 1);
        assertThat(year2020.path("participants").path("total").asInt()).isEqualTo(2);
        assertThat(outcome(year2020, "STUDIES")).isEqualTo(1);
        assertThat(year2020.path("closed").path("men").asInt()).isEqualTo(1);
        assertThat(year2020.path("remaining").path("total").asInt()).isEqualTo(1);
    }

    @Test
    void oneStartAndOneClosureShowWithinSeconds() {
        long posted = System.nanoTime();
        assertThat(Bokslut.post(EVENTS.started("torget", "p-quick", LocalDate.of(2021, 3, 1), "MAN")).status())
                .isEqualTo(202);
        assertThat(Bokslut.post(EVENTS.closed("torget", "p-quick", LocalDate.of(2021, 4, 1), "JOB_SEEKING")).status())
                .isEqualTo(202);

        JsonNode report = Bokslut.awaitVolume(ASSOCIATION, "torget", "2021",
                volume -> volume.path("closed").path("total").asInt() == 1);

        assertThat(outcome(report, "JOB_SEEKING")).isEqualTo(1);
        System.out.printf("Event to report: %d ms%n", (System.nanoTime() - posted) / 1_000_000);
    }

    static int outcome(JsonNode volume, String outcome) {
        for (JsonNode row : volume.path("closedByOutcome")) {
            if (row.path("outcome").asText().equals(outcome)) {
                return row.path("total").asInt();
            }
        }
        throw new AssertionError("no outcome row " + outcome);
    }
}
