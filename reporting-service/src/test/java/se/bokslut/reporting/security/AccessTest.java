package se.bokslut.reporting.security;

import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import se.bokslut.localstack.LocalStackTestResource;
import se.bokslut.reporting.Api;
import se.bokslut.reporting.Demo;

/** Every reporting endpoint × every role × own and other association (docs/security.md). */
@QuarkusTest
class AccessTest {

    record Caller(String name, Supplier<RequestSpecification> request) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Caller NOBODY = new Caller("no token", Api::anonymous);
    static final Caller EXPIRED = new Caller("an expired token",
            () -> Api.as(LocalStackTestResource.tokens().expired("umearegionen")));
    static final Caller OTHER_AUDIENCE = new Caller("a token for another audience",
            () -> Api.as(LocalStackTestResource.tokens().forAudience("another-application", "umearegionen")));
    static final Caller ANALYST = new Caller("umearegionen's analyst",
            () -> Api.as(LocalStackTestResource.tokens().analyst("umearegionen")));
    static final Caller OTHER_ANALYST = new Caller("lulea's analyst",
            () -> Api.as(LocalStackTestResource.tokens().analyst("lulea")));
    static final Caller BI_READER = new Caller("umearegionen's BI reader",
            () -> Api.as(LocalStackTestResource.tokens().biReader("umearegionen")));
    static final Caller OTHER_BI_READER = new Caller("lulea's BI reader",
            () -> Api.as(LocalStackTestResource.tokens().biReader("lulea")));
    static final Caller CASE_SYSTEM = new Caller("umearegionen's case system",
            () -> Api.as(LocalStackTestResource.tokens().caseSystem("umearegionen", "ungdomstorget")));
    static final Caller SURVEY_TOOL = new Caller("umearegionen's survey tool",
            () -> Api.as(LocalStackTestResource.tokens().surveyTool("umearegionen")));

    @BeforeEach
    void umearegionenExists() {
        Demo.upload(2019);
    }

    static List<Arguments> reads() {
        return List.of(Arguments.of(NOBODY, 401), Arguments.of(EXPIRED, 401), Arguments.of(OTHER_AUDIENCE, 401),
                Arguments.of(ANALYST, 200),
                Arguments.of(BI_READER, 200), Arguments.of(OTHER_ANALYST, 403), Arguments.of(OTHER_BI_READER, 403),
                Arguments.of(CASE_SYSTEM, 403), Arguments.of(SURVEY_TOOL, 403));
    }

    static List<Arguments> writes() {
        return List.of(Arguments.of(NOBODY, 401), Arguments.of(EXPIRED, 401), Arguments.of(OTHER_AUDIENCE, 401),
                Arguments.of(ANALYST, 200),
                Arguments.of(BI_READER, 403), Arguments.of(OTHER_ANALYST, 403), Arguments.of(OTHER_BI_READER, 403),
                Arguments.of(CASE_SYSTEM, 403), Arguments.of(SURVEY_TOOL, 403));
    }

    static List<Arguments> auditReads() {
        return List.of(Arguments.of(NOBODY, 401), Arguments.of(ANALYST, 200), Arguments.of(OTHER_ANALYST, 403),
                Arguments.of(BI_READER, 403), Arguments.of(CASE_SYSTEM, 403));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("reads")
    void readingTheVolumeReport(Caller caller, int status) {
        check(report(caller, "volume"), status);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("reads")
    void readingGoalFulfilment(Caller caller, int status) {
        check(report(caller, "goal-fulfilment"), status);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("reads")
    void readingTheYearsReport(Caller caller, int status) {
        check(caller.request().get().queryParam("associationId", "umearegionen").queryParam("unit", "ungdomstorget")
                .queryParam("fromYear", "2019").queryParam("toYear", "2020").when().get("/api/v1/reports/years")
                .then(), status);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("reads")
    void readingTheGoalModel(Caller caller, int status) {
        check(caller.request().get().when().get("/api/v1/goal-models/umearegionen/2019").then(), status);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("reads")
    void readingReferenceData(Caller caller, int status) {
        check(caller.request().get().when().get("/api/v1/associations/umearegionen").then(), status);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("reads")
    void readingTheAssociationsOwnQuestion(Caller caller, int status) {
        check(caller.request().get().queryParam("associationId", "umearegionen").when()
                .get("/api/v1/questions/UMEA-1.9").then(), status);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("writes")
    void enteringAManualResult(Caller caller, int status) {
        check(caller.request().get().contentType(ContentType.JSON).body("{\"value\": -0.5}")
                .when().put("/api/v1/manual-inputs/umearegionen/2019/hela-forbundet/indicators/2.2.1").then(), status);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("writes")
    void storingTheBoardsVerdict(Caller caller, int status) {
        check(caller.request().get().contentType(ContentType.JSON)
                .body("{\"status\": \"GREEN\", \"motivation\": \"Uppfyllt.\"}")
                .when().put("/api/v1/manual-inputs/umearegionen/2019/hela-forbundet/verdicts/2.2").then(), status);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("auditReads")
    void readingTheManualInputs(Caller caller, int status) {
        check(caller.request().get().when().get("/api/v1/manual-inputs/umearegionen/2019").then(), status);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("writes")
    void changingTheGoalModel(Caller caller, int status) {
        check(caller.request().get().contentType(ContentType.JSON).body(Demo.goalModel(2019))
                .when().put("/api/v1/goal-models/umearegionen/2019").then(), status);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("writes")
    void changingReferenceData(Caller caller, int status) {
        check(caller.request().get().contentType(ContentType.JSON).body(Demo.referenceData())
                .when().put("/api/v1/associations/umearegionen").then(), status);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("writes")
    void changingTheAssociationsQuestion(Caller caller, int status) {
        check(caller.request().get().contentType(ContentType.JSON)
                .body("{\"associationId\": \"umearegionen\", \"text\": \"Upplevt diskriminering?\", \"scale\": \"YES_NO\","
                        + " \"respondentGroups\": [\"PARTICIPANT\"]}")
                .when().put("/api/v1/questions/UMEA-1.9").then(), status);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("auditReads")
    void readingTheAuditTrail(Caller caller, int status) {
        check(caller.request().get().queryParam("associationId", "umearegionen").when().get("/api/v1/audit").then(),
                status);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("entryReads")
    void readingOneEntryOfTheAuditTrail(Caller caller, int status) {
        long id = Api.as(LocalStackTestResource.tokens().analyst("umearegionen")).queryParam("associationId",
                "umearegionen").queryParam("size", 1).when().get("/api/v1/audit").then().statusCode(200)
                .extract().jsonPath().getLong("[0].id");
        check(caller.request().get().when().get("/api/v1/audit/" + id).then(), status);
    }

    /** Like {@link #auditReads}, but another association's analyst is told 404: the entry is not there for them. */
    static List<Arguments> entryReads() {
        return List.of(Arguments.of(NOBODY, 401), Arguments.of(ANALYST, 200), Arguments.of(OTHER_ANALYST, 404),
                Arguments.of(BI_READER, 403), Arguments.of(CASE_SYSTEM, 403));
    }

    private static ValidatableResponse report(Caller caller, String report) {
        return caller.request().get().queryParam("associationId", "umearegionen").queryParam("unit", "ungdomstorget")
                .queryParam("year", "2019").when().get("/api/v1/reports/" + report).then();
    }

    private static void check(ValidatableResponse response, int status) {
        response.statusCode(status);
        if (status >= 400) {
            response.contentType("application/problem+json").body("status", equalTo(status));
        }
    }
}
