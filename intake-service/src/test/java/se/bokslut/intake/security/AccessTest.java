package se.bokslut.intake.security;

import static org.hamcrest.Matchers.equalTo;
import static se.bokslut.intake.participant.ParticipantEvents.closed;
import static se.bokslut.intake.participant.ParticipantEvents.newParticipant;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import se.bokslut.intake.Api;
import se.bokslut.intake.survey.SurveyResponses;
import se.bokslut.localstack.LocalStackTestResource;
import se.bokslut.localstack.Tokens;

/** Every intake endpoint × every role × own and other association (docs/security.md). */
@QuarkusTest
class AccessTest {

    static Tokens tokens() {
        return LocalStackTestResource.tokens();
    }

    record Caller(String name, Supplier<RequestSpecification> request) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Caller NOBODY = new Caller("no token", Api::anonymous);
    static final Caller GARBAGE = new Caller("a token that is not a JWT", () -> Api.as("not-a-jwt"));
    static final Caller EXPIRED = new Caller("an expired token", () -> Api.as(tokens().expired("umearegionen")));
    static final Caller OTHER_AUDIENCE = new Caller("a token for another audience",
            () -> Api.as(tokens().forAudience("another-application", "umearegionen")));
    static final Caller FORGED = new Caller("a token signed by someone else",
            () -> Api.as(Tokens.generate().caseSystem("umearegionen", "ungdomstorget")));
    static final Caller CASE_SYSTEM = new Caller("umearegionen's case system for ungdomstorget",
            () -> Api.as(tokens().caseSystem("umearegionen", "ungdomstorget")));
    static final Caller CASE_SYSTEM_OTHER_PLATFORM = new Caller("umearegionen's case system for vuxentorget only",
            () -> Api.as(tokens().caseSystem("umearegionen", "vuxentorget")));
    static final Caller OTHER_CASE_SYSTEM = new Caller("lulea's case system",
            () -> Api.as(tokens().caseSystem("lulea", "ungdomstorget")));
    static final Caller SURVEY_TOOL = new Caller("umearegionen's survey tool",
            () -> Api.as(tokens().surveyTool("umearegionen")));
    static final Caller SURVEY_TOOL_FOR_ITS_PLATFORM = new Caller("umearegionen's survey tool for ungdomstorget only",
            () -> Api.as(tokens().token("survey-tool:umearegionen", List.of("survey-tool"), "umearegionen",
                    List.of("ungdomstorget"))));
    static final Caller SURVEY_TOOL_FOR_ANOTHER_PLATFORM = new Caller(
            "umearegionen's survey tool for vuxentorget only",
            () -> Api.as(tokens().token("survey-tool:umearegionen", List.of("survey-tool"), "umearegionen",
                    List.of("vuxentorget"))));
    static final Caller OTHER_SURVEY_TOOL = new Caller("lulea's survey tool", () -> Api.as(tokens().surveyTool("lulea")));
    static final Caller ANALYST = new Caller("umearegionen's analyst", () -> Api.as(tokens().analyst("umearegionen")));
    static final Caller BI_READER = new Caller("umearegionen's BI reader", () -> Api.as(tokens().biReader("umearegionen")));

    static List<Arguments> participantEvents() {
        return List.of(
                Arguments.of(NOBODY, 401), Arguments.of(GARBAGE, 401), Arguments.of(EXPIRED, 401),
                Arguments.of(FORGED, 401), Arguments.of(OTHER_AUDIENCE, 401),
                Arguments.of(CASE_SYSTEM, 202), Arguments.of(CASE_SYSTEM_OTHER_PLATFORM, 403),
                Arguments.of(OTHER_CASE_SYSTEM, 403), Arguments.of(SURVEY_TOOL, 403),
                Arguments.of(ANALYST, 403), Arguments.of(BI_READER, 403));
    }

    static List<Arguments> surveyResponses() {
        return List.of(
                Arguments.of(NOBODY, 401), Arguments.of(EXPIRED, 401), Arguments.of(FORGED, 401),
                Arguments.of(OTHER_AUDIENCE, 401), Arguments.of(SURVEY_TOOL, 202), Arguments.of(OTHER_SURVEY_TOOL, 403),
                Arguments.of(SURVEY_TOOL_FOR_ITS_PLATFORM, 202), Arguments.of(SURVEY_TOOL_FOR_ANOTHER_PLATFORM, 403),
                Arguments.of(CASE_SYSTEM, 403), Arguments.of(ANALYST, 403), Arguments.of(BI_READER, 403));
    }

    static List<Arguments> referenceData() {
        return List.of(
                Arguments.of(NOBODY, 401), Arguments.of(EXPIRED, 401),
                Arguments.of(CASE_SYSTEM, 200), Arguments.of(SURVEY_TOOL, 200),
                Arguments.of(OTHER_CASE_SYSTEM, 403), Arguments.of(OTHER_SURVEY_TOOL, 403),
                Arguments.of(ANALYST, 403), Arguments.of(BI_READER, 403));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("participantEvents")
    void postingAParticipantEvent(Caller caller, int status) {
        Map<String, Object> event = closed(newParticipant(), "2019-05-14", "WORK");
        problemUnlessOk(caller.request().get().contentType(ContentType.JSON).body(event)
                .when().post("/api/v1/participant-events").then().statusCode(status), status);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("participantEvents")
    void postingABatchOfParticipantEvents(Caller caller, int status) {
        var response = caller.request().get().contentType(ContentType.JSON)
                .body(List.of(closed(newParticipant(), "2019-05-14", "WORK")))
                .when().post("/api/v1/participant-events/batch").then();
        if (status == 202) {
            response.statusCode(200).body("accepted", equalTo(1));
        } else if (status == 403 && caller.name().contains("case system")) {
            // a case system reaches the batch, but each item outside its scope is refused
            response.statusCode(200).body("forbidden", equalTo(1)).body("items[0].status", equalTo("FORBIDDEN"));
        } else {
            problemUnlessOk(response.statusCode(status), status);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("surveyResponses")
    void postingASurveyResponse(Caller caller, int status) {
        problemUnlessOk(caller.request().get().contentType(ContentType.JSON)
                .body(SurveyResponses.participant(Map.of("NNS-1", 5)))
                .when().post("/api/v1/survey-responses").then().statusCode(status), status);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("surveyResponses")
    void postingABatchOfSurveyResponses(Caller caller, int status) {
        var response = caller.request().get().contentType(ContentType.JSON)
                .body(List.of(SurveyResponses.participant(Map.of("NNS-1", 5))))
                .when().post("/api/v1/survey-responses/batch").then();
        if (status == 202) {
            response.statusCode(200).body("accepted", equalTo(1));
        } else if (status == 403 && caller.name().contains("survey tool")) {
            response.statusCode(200).body("forbidden", equalTo(1));
        } else {
            problemUnlessOk(response.statusCode(status), status);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("referenceData")
    void readingWhichPlatformsIntakeAccepts(Caller caller, int status) {
        problemUnlessOk(caller.request().get().when().get("/api/v1/associations/umearegionen").then()
                .statusCode(status), status);
    }

    private static void problemUnlessOk(io.restassured.response.ValidatableResponse response, int status) {
        if (status >= 400) {
            response.contentType("application/problem+json").body("status", equalTo(status));
        }
    }
}
