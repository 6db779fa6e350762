package se.bokslut.reporting.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.bokslut.localstack.LocalStackTestResource;
import se.bokslut.reporting.Api;
import se.bokslut.reporting.Demo;
import se.bokslut.reporting.ScoringStub;

/** The anomalies behind reporting: analysts see every platform, a case system its own, nobody else any. */
@QuarkusTest
class AnomalyResourceTest {

    static final String ANOMALIES = """
            [{"eventId": "0b8e5c1e-4a5f-4d0e-9a57-0d6c4f3b9a10", "eventType": "PARTICIPANT_CLOSED",
              "platformId": "vannas", "participantId": "va-17", "occurredOn": "2019-05-14",
              "reason": "CLOSURE_WITHOUT_START", "description": "closure without an open episode on the platform",
              "status": "OPEN", "detectedAt": "2019-05-15T08:00:00Z"}]""";

    @BeforeEach
    void anomalies() {
        Demo.upload();
        ScoringStub.answerAnomalies(ANOMALIES);
    }

    @Test
    void anAnalystSeesTheAssociationsAnomaliesAsJsonAndCsv() {
        Api.given().queryParam("associationId", "umearegionen").queryParam("status", "OPEN")
                .when().get("/api/v1/anomalies")
                .then().statusCode(200).body("[0].reason", equalTo("CLOSURE_WITHOUT_START"))
                .body("[0].participantId", equalTo("va-17"));
        assertThat(ScoringStub.anomalyQueries().get(ScoringStub.anomalyQueries().size() - 1))
                .contains("associationId=umearegionen").contains("status=OPEN").doesNotContain("platformId");

        Api.given().accept("text/csv").queryParam("associationId", "umearegionen")
                .when().get("/api/v1/anomalies")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .body(startsWith("event_id,event_type,platform_id,participant_id,occurred_on,reason,description,"
                        + "status,detected_at,resolved_at\r\n"))
                .body(containsString(",vannas,va-17,2019-05-14,CLOSURE_WITHOUT_START,"));
    }

    @Test
    void aCaseSystemSeesTheAnomaliesOfItsOwnPlatformsOnly() {
        String token = LocalStackTestResource.tokens().caseSystem("umearegionen", "vannas", "vindeln");
        Api.as(token).queryParam("associationId", "umearegionen").when().get("/api/v1/anomalies")
                .then().statusCode(200);
        assertThat(ScoringStub.anomalyQueries().get(ScoringStub.anomalyQueries().size() - 1))
                .contains("platformId=vannas").contains("platformId=vindeln");

        Api.as(token).queryParam("associationId", "umearegionen").queryParam("platformId", "ungdomstorget")
                .when().get("/api/v1/anomalies")
                .then().statusCode(403).body("field", equalTo("platformId"));
    }

    @Test
    void biReadersOtherAssociationsAndBadParametersAreRefused() {
        Api.as(LocalStackTestResource.tokens().biReader("umearegionen")).queryParam("associationId", "umearegionen")
                .when().get("/api/v1/anomalies").then().statusCode(403);
        Api.as(LocalStackTestResource.tokens().analyst("lulea")).queryParam("associationId", "umearegionen")
                .when().get("/api/v1/anomalies").then().statusCode(403).body("field", equalTo("associationId"));
        Api.anonymous().queryParam("associationId", "umearegionen").when().get("/api/v1/anomalies")
                .then().statusCode(401);
        for (List<String> bad : List.of(List.of("status", "LOST"), List.of("size", "0"), List.of("page", "-1"))) {
            Api.given().queryParam("associationId", "umearegionen").queryParam(bad.get(0), bad.get(1))
                    .when().get("/api/v1/anomalies").then().statusCode(400).body("field", equalTo(bad.get(0)));
        }
    }
}
