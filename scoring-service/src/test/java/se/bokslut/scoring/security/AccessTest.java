package se.bokslut.scoring.security;

import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import se.bokslut.localstack.LocalStackTestResource;
import se.bokslut.scoring.Api;

/** Every scoring endpoint × every role × own and other association (docs/security.md). */
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

    static final Caller REPORTING = new Caller("reporting-service's own identity",
            () -> Api.as(LocalStackTestResource.tokens().reportingService()));

    /** scoring is internal: only reporting-service's own token is answered; every user token is refused. */
    static List<Arguments> figures() {
        return List.of(Arguments.of(NOBODY, 401), Arguments.of(EXPIRED, 401), Arguments.of(OTHER_AUDIENCE, 401),
                Arguments.of(REPORTING, 200), Arguments.of(ANALYST, 403), Arguments.of(BI_READER, 403),
                Arguments.of(OTHER_ANALYST, 403), Arguments.of(OTHER_BI_READER, 403), Arguments.of(CASE_SYSTEM, 403));
    }

    static List<Arguments> anomalies() {
        return figures();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("figures")
    void readingVolumeFigures(Caller caller, int status) {
        check(caller.request().get().queryParam("associationId", "umearegionen").queryParam("platformId", "ungdomstorget")
                .queryParam("from", "2019-01-01").queryParam("to", "2019-12-31")
                .when().get("/api/v1/figures/volume").then(), status);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("figures")
    void readingSurveyFigures(Caller caller, int status) {
        check(caller.request().get().queryParam("associationId", "umearegionen").queryParam("platformId", "ungdomstorget")
                .queryParam("from", "2019-01-01").queryParam("to", "2019-12-31")
                .when().get("/api/v1/figures/surveys").then(), status);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("figures")
    void readingBackgroundFigures(Caller caller, int status) {
        check(caller.request().get().queryParam("associationId", "umearegionen").queryParam("platformId", "ungdomstorget")
                .queryParam("from", "2019-01-01").queryParam("to", "2019-12-31")
                .when().get("/api/v1/figures/background").then(), status);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("figures")
    void readingWhenTheFiguresAreFrom(Caller caller, int status) {
        check(caller.request().get().queryParam("associationId", "umearegionen")
                .when().get("/api/v1/figures/as-of").then(), status);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("figures")
    void readingTheNumberOfTheFigures(Caller caller, int status) {
        check(caller.request().get().queryParam("associationId", "umearegionen")
                .when().get("/api/v1/figures/version").then(), status);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("anomalies")
    void readingAnomalies(Caller caller, int status) {
        check(caller.request().get().queryParam("associationId", "umearegionen")
                .when().get("/api/v1/anomalies").then(), status);
    }

    private static void check(io.restassured.response.ValidatableResponse response, int status) {
        response.statusCode(status);
        if (status >= 400) {
            response.contentType("application/problem+json").body("status", equalTo(status));
        }
    }
}
