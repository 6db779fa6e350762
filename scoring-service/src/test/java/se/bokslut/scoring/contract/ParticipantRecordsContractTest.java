package se.bokslut.scoring.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.bokslut.scoring.participant.ParticipantRecords;

/** Scoring's tests feed it records exactly of the published contract, so they test what intake really sends. */
class ParticipantRecordsContractTest {

    @Test
    void everyTestRecordFollowsTheContract() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String record : List.of(
                ParticipantRecords.started("p", "ungdomstorget", "2019-01-01", "WOMAN"),
                ParticipantRecords.closed("p", "ungdomstorget", "2019-05-01", "WORK"),
                ParticipantRecords.referred("p", "ungdomstorget", "2019-01-01"),
                ParticipantRecords.retracted("p", "ungdomstorget", "2019-06-01", UUID.randomUUID()))) {
            assertThat(ContractSchema.participantEventRecordViolations(json.readTree(record))).as(record).isEmpty();
        }
    }

    @Test
    void theContractRejectsAFieldOfAnotherType() throws Exception {
        String closedWithProfile = ParticipantRecords.closed("p", "ungdomstorget", "2019-05-01", "WORK")
                .replace("\"outcome\"", "\"decision\":\"YES\",\"outcome\"");
        assertThat(ContractSchema.participantEventRecordViolations(new ObjectMapper().readTree(closedWithProfile)))
                .isNotEmpty();
    }
}
