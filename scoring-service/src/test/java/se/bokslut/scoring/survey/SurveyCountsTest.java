package se.bokslut.scoring.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bokslut.scoring.survey.SurveyRecords.response;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import se.bokslut.scoring.contract.ContractSchema;
import se.bokslut.scoring.survey.SurveyFigures.GroupFigures;
import se.bokslut.scoring.survey.SurveyFigures.QuestionFigures;

/** Survey counts written by the real handler, summed by the real SQL. */
@QuarkusTest
class SurveyCountsTest {

    @Inject
    SurveyResponseHandler handler;

    @Inject
    SurveyFiguresService figures;

    private String platform;
    private String other;

    @BeforeEach
    void freshPlatforms() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        platform = "s-" + suffix;
        other = "o-" + suffix;
    }

    @Test
    void countsWhoAnsweredEachQuestionAndEachAnswerPerStatedGender() {
        handler.handle(response(List.of(platform), "PARTICIPANT", "2019-11-30", "WOMAN", Map.of("NNS-1", 5, "NNS-4", "YES")));
        handler.handle(response(List.of(platform), "PARTICIPANT", "2019-11-30", "MAN", Map.of("NNS-1", 2)));
        handler.handle(response(List.of(platform), "PARTICIPANT", "2019-12-01", "UNSURE", Map.of("NNS-1", 5)));
        handler.handle(response(List.of(platform), "PARTICIPANT", "2019-12-01", null, Map.of("NNS-4", "NO")));

        GroupFigures participants = group(year(platform), "PARTICIPANT");

        assertThat(participants.respondents()).containsEntry("TOTAL", 4L).containsEntry("WOMAN", 1L)
                .containsEntry("UNSURE", 1L).containsEntry("NOT_STATED", 1L);
        QuestionFigures nns1 = question(participants, "NNS-1");
        assertThat(nns1.answered()).containsEntry("TOTAL", 3L).containsEntry("MAN", 1L);
        assertThat(nns1.answers().get("5")).containsEntry("TOTAL", 2L).containsEntry("WOMAN", 1L);
        assertThat(question(participants, "NNS-4").answered()).containsEntry("TOTAL", 2L);
    }

    @Test
    void aResponseCoveringSeveralPlatformsCountsOnceForEachAndOnceForThemTogether() {
        handler.handle(response(List.of(platform, other), "MANAGER", "2019-10-01", "WOMAN", Map.of("MGR-1", 4)));
        handler.handle(response(List.of(other), "MANAGER", "2019-10-02", "MAN", Map.of("MGR-1", 4)));

        assertThat(group(year(platform), "MANAGER").respondents()).containsEntry("TOTAL", 1L);
        assertThat(group(year(other), "MANAGER").respondents()).containsEntry("TOTAL", 2L);
        SurveyFigures both = figures.figures("umearegionen", List.of(platform, other), LocalDate.parse("2019-01-01"),
                LocalDate.parse("2019-12-31"));
        assertThat(group(both, "MANAGER").respondents()).containsEntry("TOTAL", 2L).containsEntry("WOMAN", 1L);
        assertThat(question(group(both, "MANAGER"), "MGR-1").answers().get("4")).containsEntry("TOTAL", 2L)
                .containsEntry("MAN", 1L);
    }

    @Test
    void oneManagerCoveringEveryPlatformOfAGroupCountsOnceInTheGroup() {
        handler.handle(response(List.of(other, platform), "MANAGER", "2019-10-01", "WOMAN", Map.of("MGR-1", 4)));

        SurveyFigures both = figures.figures("umearegionen", List.of(platform, other), LocalDate.parse("2019-01-01"),
                LocalDate.parse("2019-12-31"));
        assertThat(group(both, "MANAGER").respondents()).containsEntry("TOTAL", 1L);
        assertThat(question(group(both, "MANAGER"), "MGR-1").answers().get("4")).containsEntry("TOTAL", 1L);
    }

    @Test
    void aRedeliveredResponseChangesNothing() {
        String response = response(List.of(platform), "STAFF", "2019-10-01", "MAN", Map.of("STAFF-1", 6));
        assertThat(handler.handle(response)).isTrue();
        assertThat(handler.handle(response)).isFalse();

        assertThat(group(year(platform), "STAFF").respondents()).containsEntry("TOTAL", 1L);
    }

    @Test
    void periodsSelectByTheDayAnswered() {
        handler.handle(response(List.of(platform), "STAFF", "2019-04-30", "MAN", Map.of("STAFF-1", 6)));
        handler.handle(response(List.of(platform), "STAFF", "2019-05-01", "MAN", Map.of("STAFF-1", 6)));

        SurveyFigures firstTertial = figures.figures("umearegionen", List.of(platform), LocalDate.parse("2019-01-01"),
                LocalDate.parse("2019-04-30"));
        assertThat(group(firstTertial, "STAFF").respondents()).containsEntry("TOTAL", 1L);
    }

    @Test
    void testRecordsFollowTheContract() throws Exception {
        String record = response(List.of(platform), "PARTICIPANT", "2019-11-30", null, Map.of("NNS-1", 5, "NNS-4", "YES"));
        assertThat(ContractSchema.surveyResponseRecordViolations(new ObjectMapper().readTree(record))).isEmpty();
    }

    private SurveyFigures year(String platformId) {
        return figures.figures("umearegionen", List.of(platformId), LocalDate.parse("2019-01-01"),
                LocalDate.parse("2019-12-31"));
    }

    private static GroupFigures group(SurveyFigures figures, String group) {
        return figures.groups().stream().filter(g -> g.respondentGroup().equals(group)).findFirst().orElseThrow();
    }

    private static QuestionFigures question(GroupFigures group, String question) {
        return group.questions().stream().filter(q -> q.question().equals(question)).findFirst().orElseThrow();
    }
}
