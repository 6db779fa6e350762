package se.bokslut.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import se.bokslut.localstack.ParticipantEventFactory;

/**
 * A year at a small association, told as it happens: referrals, a yes and a no, starts, a re-referral after a
 * closure, a closure that arrives before its start, a start sent twice, a closure registered by mistake and retracted,
 * a follow-up with no closure. Afterwards every identity of SPEC §6 holds for the year, its tertials, quarters and
 * months, for each platform and for the unit group of both.
 */
@ExtendWith(RunningSystem.class)
class YearScenarioIT {

    static final String ASSOCIATION = "arsforbundet";
    static final ParticipantEventFactory EVENTS = new ParticipantEventFactory(ASSOCIATION, "year-scenario");
    static final List<String> OUTCOMES = List.of("WORK", "SUBSIDISED_WORK", "STUDIES", "JOB_SEEKING",
            "OTHER_REHABILITATION", "MEDICAL_REHABILITATION", "SICKNESS_COMPENSATION", "DAILY_ACTIVITY",
            "NO_WORK_CAPACITY", "DROPOUT", "MOVED", "OTHER");

    @BeforeAll
    static void aYearHappens() {
        Bokslut.putAssociation(ASSOCIATION, """
                {"name": "Årsförbundet",
                 "platforms": [{"id": "torget", "name": "Torget"}, {"id": "teamet", "name": "Teamet"}],
                 "unitGroups": [{"id": "alla", "name": "Alla", "platformIds": ["torget", "teamet"]}]}""", "teamet");
        List<Map<String, Object>> year = new ArrayList<>();
        // Carried over from last year on both platforms
        year.add(EVENTS.started("torget", "anna", LocalDate.of(2018, 10, 1), "WOMAN"));
        year.add(EVENTS.started("teamet", "anna", LocalDate.of(2018, 11, 1), "WOMAN"));
        year.add(EVENTS.started("torget", "bo", LocalDate.of(2018, 6, 1), "MAN"));
        // January: referrals; one yes, one no
        year.add(EVENTS.referred("torget", "cecilia", LocalDate.of(2019, 1, 8), "ARBETSFORMEDLINGEN"));
        year.add(EVENTS.decided("torget", "cecilia", LocalDate.of(2019, 1, 20), true));
        year.add(EVENTS.referred("torget", "david", LocalDate.of(2019, 1, 9), "SOCIAL_SERVICES"));
        year.add(EVENTS.decided("torget", "david", LocalDate.of(2019, 1, 21), false));
        // February: Cecilia starts; March: Anna leaves Teamet for studies
        year.add(EVENTS.started("torget", "cecilia", LocalDate.of(2019, 2, 4), "WOMAN"));
        year.add(EVENTS.closed("teamet", "anna", LocalDate.of(2019, 3, 29), "STUDIES"));
        // April: Bo closes to work; the case system sends a follow-up for Cecilia by mistake (no closure: anomaly)
        year.add(EVENTS.closed("torget", "bo", LocalDate.of(2019, 4, 30), "WORK"));
        year.add(EVENTS.followedUp("torget", "cecilia", LocalDate.of(2019, 4, 30), 6, true));
        // May: Bo is referred again and starts again the same month (återaktualisering)
        year.add(EVENTS.referred("torget", "bo", LocalDate.of(2019, 5, 6), "FORSAKRINGSKASSAN"));
        year.add(EVENTS.decided("torget", "bo", LocalDate.of(2019, 5, 13), true));
        year.add(EVENTS.started("torget", "bo", LocalDate.of(2019, 5, 20), "MAN"));
        // June: a closure for Erik whose start is registered late; Erik's start also sent twice under two ids
        Map<String, Object> eriksClosure = EVENTS.closed("teamet", "erik", LocalDate.of(2019, 6, 14), "JOB_SEEKING");
        Map<String, Object> eriksStart = EVENTS.started("teamet", "erik", LocalDate.of(2019, 2, 1), "MAN");
        Map<String, Object> eriksStartAgain = EVENTS.started("teamet", "erik", LocalDate.of(2019, 3, 1), "MAN");
        // September: Cecilia closed by mistake, retracted a week later
        Map<String, Object> mistake = EVENTS.closed("torget", "cecilia", LocalDate.of(2019, 9, 2), "DROPOUT");
        Map<String, Object> retraction = EVENTS.retracted(mistake, LocalDate.of(2019, 9, 9));
        // December: Filippa (other gender) starts and closes; Anna closes on Torget the 31st
        year.add(EVENTS.started("teamet", "filippa", LocalDate.of(2019, 12, 2), "OTHER"));
        year.add(EVENTS.closed("teamet", "filippa", LocalDate.of(2019, 12, 20), "MOVED"));
        year.add(EVENTS.closed("torget", "anna", LocalDate.of(2019, 12, 31), "SUBSIDISED_WORK"));

        // The closure arrives before the start, the duplicate start after both; the mistake and its retraction last
        year.add(eriksClosure);
        Bokslut.postAll(year);
        Bokslut.postAll(List.of(eriksStart, eriksStartAgain, mistake));
        // the mistaken closure counts first (six closures), so that five afterwards shows the retraction applied,
        // not a retraction read before the mistake got there
        JsonNode withTheMistake = Bokslut.awaitVolume(ASSOCIATION, "alla", "2019",
                volume -> volume.path("closed").path("total").asInt() == 6
                        && volume.path("started").path("total").asInt() == 4);
        assertThat(withTheMistake.path("closed").path("total").asInt()).as("the mistaken closure counted").isEqualTo(6);
        Bokslut.postAll(List.of(retraction));
        Bokslut.awaitVolume(ASSOCIATION, "alla", "2019", volume -> volume.path("closed").path("total").asInt() == 5
                && volume.path("started").path("total").asInt() == 4);
    }

    @Test
    void theYearReadsAsTheStoryTells() {
        JsonNode torget = Bokslut.volume(ASSOCIATION, "torget", "2019");
        // Anna, Bo (twice: two episodes), Cecilia
        assertThat(torget.path("participants").path("total").asInt()).isEqualTo(4);
        assertThat(torget.path("started").path("total").asInt()).isEqualTo(2);
        assertThat(torget.path("closed").path("total").asInt()).isEqualTo(2);
        assertThat(torget.path("referrals").path("total").asInt()).isEqualTo(3);
        assertThat(torget.path("preparationYes").path("total").asInt()).isEqualTo(2);
        assertThat(torget.path("preparationNo").path("total").asInt()).isEqualTo(1);
        assertThat(torget.path("remaining").path("total").asInt()).isEqualTo(2);

        JsonNode teamet = Bokslut.volume(ASSOCIATION, "teamet", "2019");
        // Anna, Erik (the second start is an anomaly), Filippa
        assertThat(teamet.path("participants").path("total").asInt()).isEqualTo(3);
        assertThat(teamet.path("participants").path("women").asInt()).isEqualTo(1);
        assertThat(teamet.path("participants").path("men").asInt()).isEqualTo(1);
        assertThat(teamet.path("closed").path("total").asInt()).isEqualTo(3);
    }

    @Test
    void rulebreakingEventsAreListedAsAnomaliesAndTheLateStartResolvedTheirs() {
        JsonNode anomalies = Bokslut.analyst(ASSOCIATION)
                .get(RunningSystem.reporting() + "/api/v1/anomalies?associationId=" + ASSOCIATION).expect(200).json();
        List<String> open = new ArrayList<>();
        List<String> resolved = new ArrayList<>();
        anomalies.forEach(anomaly -> (anomaly.path("status").asText().equals("OPEN") ? open : resolved)
                .add(anomaly.path("reason").asText()));

        assertThat(open).containsExactlyInAnyOrder("FOLLOW_UP_WITHOUT_CLOSURE", "SECOND_START");
        assertThat(resolved).contains("CLOSURE_WITHOUT_START");
    }

    @Test
    void everyIdentityHoldsForEveryPeriodAndUnit() {
        List<String> periods = new ArrayList<>(List.of("2019"));
        for (int i = 1; i <= 3; i++) {
            periods.add("2019-T" + i);
        }
        for (int i = 1; i <= 4; i++) {
            periods.add("2019-Q" + i);
        }
        for (int month = 1; month <= 12; month++) {
            periods.add("2019-%02d".formatted(month));
        }
        for (String period : periods) {
            JsonNode torget = Bokslut.volume(ASSOCIATION, "torget", period);
            JsonNode teamet = Bokslut.volume(ASSOCIATION, "teamet", period);
            JsonNode all = Bokslut.volume(ASSOCIATION, "alla", period);
            for (JsonNode unit : List.of(torget, teamet, all)) {
                for (String gender : List.of("women", "men", "total")) {
                    String where = period + " " + unit.path("unit").path("id").asText() + " " + gender;
                    assertThat(number(unit, "remaining", gender))
                            .as("remaining = participants − closed, " + where)
                            .isEqualTo(number(unit, "participants", gender) - number(unit, "closed", gender));
                    int byOutcome = 0;
                    for (JsonNode row : unit.path("closedByOutcome")) {
                        byOutcome += row.path(gender).asInt();
                    }
                    assertThat(byOutcome).as("closed = sum over outcomes, " + where)
                            .isEqualTo(number(unit, "closed", gender));
                }
            }
            for (String measure : List.of("participants", "started", "closed", "remaining", "referrals",
                    "preparationYes", "preparationNo")) {
                for (String gender : List.of("women", "men", "total")) {
                    assertThat(number(all, measure, gender))
                            .as("unit group = sum of its platforms: " + measure + " " + gender + " " + period)
                            .isEqualTo(number(torget, measure, gender) + number(teamet, measure, gender));
                }
            }
        }
        for (String unit : List.of("torget", "teamet", "alla")) {
            JsonNode year = Bokslut.volume(ASSOCIATION, unit, "2019");
            for (List<String> parts : List.of(periods.subList(1, 4), periods.subList(4, 8), periods.subList(8, 20))) {
                for (String measure : List.of("started", "closed", "referrals", "preparationYes", "preparationNo")) {
                    int sum = parts.stream().mapToInt(part -> number(Bokslut.volume(ASSOCIATION, unit, part), measure,
                            "total")).sum();
                    assertThat(sum).as(unit + ": the year's " + measure + " = the sum of " + parts)
                            .isEqualTo(number(year, measure, "total"));
                }
                for (String outcome : OUTCOMES) {
                    int sum = parts.stream().mapToInt(part -> outcome(Bokslut.volume(ASSOCIATION, unit, part), outcome))
                            .sum();
                    assertThat(sum).as(unit + ": the year's closures to " + outcome + " = the sum of " + parts)
                            .isEqualTo(outcome(year, outcome));
                }
            }
        }
    }

    static int number(JsonNode volume, String measure, String gender) {
        return volume.path(measure).path(gender).asInt();
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
