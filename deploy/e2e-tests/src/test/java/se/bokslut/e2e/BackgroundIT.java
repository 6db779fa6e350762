package se.bokslut.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import se.bokslut.localstack.HttpJson;
import se.bokslut.localstack.ParticipantEventFactory;

/**
 * A year of starts with known profiles at a two-platform association, through intake, Kafka and scoring, and the
 * background report (SPEC §12) of each platform and of the unit group of both, asserted cell by cell. Pia is on both
 * platforms; Pelle was closed in 2018 and is referred again; Petra was carried over from 2018.
 */
@ExtendWith(RunningSystem.class)
class BackgroundIT {

    static final String ASSOCIATION = "bakgrundsforbundet";
    static final ParticipantEventFactory EVENTS = new ParticipantEventFactory(ASSOCIATION, "background");

    @BeforeAll
    static void aYearOfStarts() {
        Bokslut.putAssociation(ASSOCIATION, """
                {"name": "Bakgrundsförbundet",
                 "platforms": [{"id": "ungdom", "name": "Ungdom"}, {"id": "vuxen", "name": "Vuxen"}],
                 "unitGroups": [{"id": "alla", "name": "Alla", "platformIds": ["ungdom", "vuxen"]}]}""", "vuxen");
        List<Map<String, Object>> year = new ArrayList<>();
        // Petra, carried over from 2018, leaves exactly six months after her start
        year.add(start("ungdom", "petra", "2018-09-01", "WOMAN", 1998, "2480", "POST_SECONDARY_UNDER_3_YEARS",
                List.of("SICKNESS_BENEFIT"), 5));
        year.add(EVENTS.closed("ungdom", "petra", LocalDate.of(2019, 3, 1), "DROPOUT"));
        // Pelle's first episode ended in 2018
        year.add(start("ungdom", "pelle", "2018-01-15", "MAN", 1997, "2480", "UPPER_SECONDARY",
                List.of("UNEMPLOYMENT_INSURANCE"), 3));
        year.add(EVENTS.closed("ungdom", "pelle", LocalDate.of(2018, 10, 1), "JOB_SEEKING"));
        // 2019 on Ungdom
        year.add(EVENTS.referred("ungdom", "pekka", LocalDate.of(2019, 1, 2), "ARBETSFORMEDLINGEN"));
        year.add(start("ungdom", "pekka", "2019-01-10", "MAN", 1996, "2460", "COMPULSORY", List.of("ACTIVITY_SUPPORT"),
                3));
        year.add(EVENTS.referred("ungdom", "pia", LocalDate.of(2019, 1, 15), "SOCIAL_SERVICES"));
        year.add(start("ungdom", "pia", "2019-02-01", "WOMAN", 2001, "2480", "COMPULSORY",
                List.of("SOCIAL_ASSISTANCE"), 1));
        year.add(EVENTS.referred("ungdom", "paula", LocalDate.of(2019, 2, 10), "REGION"));
        year.add(start("ungdom", "paula", "2019-03-01", "WOMAN", 1999, "2480", "UPPER_SECONDARY",
                List.of("STUDENT_AID", "SOCIAL_ASSISTANCE"), 0));
        year.add(start("ungdom", "pim", "2019-04-01", "OTHER", 2000, "2480", "UPPER_SECONDARY",
                List.of("ACTIVITY_COMPENSATION"), 2));
        year.add(EVENTS.closed("ungdom", "paula", LocalDate.of(2019, 5, 15), "WORK"));
        year.add(start("ungdom", "per", "2019-06-01", "MAN", 1994, "2404", "UNKNOWN", List.of("NONE"), null));
        year.add(EVENTS.closed("ungdom", "pekka", LocalDate.of(2019, 8, 1), "STUDIES"));
        year.add(EVENTS.referred("ungdom", "pelle", LocalDate.of(2019, 8, 15), "FORSAKRINGSKASSAN"));
        year.add(start("ungdom", "pelle", "2019-09-01", "MAN", 1997, "2480", "UPPER_SECONDARY",
                List.of("UNEMPLOYMENT_INSURANCE"), 4));
        year.add(EVENTS.followedUp("ungdom", "paula", LocalDate.of(2019, 11, 15), 6, true));
        // 2019 on Vuxen: Pia is on both platforms
        year.add(EVENTS.referred("vuxen", "paulina", LocalDate.of(2019, 2, 1), "REGION"));
        year.add(start("vuxen", "paulina", "2019-02-15", "WOMAN", 1975, "2401", "POST_SECONDARY_3_YEARS_OR_MORE",
                List.of("SICKNESS_COMPENSATION", "OTHER_PUBLIC"), 9));
        year.add(start("vuxen", "pia", "2019-05-01", "WOMAN", 2001, "2480", "COMPULSORY", List.of("SOCIAL_ASSISTANCE"),
                1));
        year.add(start("vuxen", "pontus", "2019-10-01", "MAN", 1958, "2409", "COMPULSORY", List.of("SICKNESS_BENEFIT"),
                12));
        year.add(EVENTS.closed("vuxen", "paulina", LocalDate.of(2019, 12, 20), "WORK"));
        Bokslut.postAll(year);
        awaitBackground("alla", report -> report.path("closures").path("closed").path("total").asInt() == 4
                && report.path("participants").path("episodes").path("total").asInt() == 10
                && report.path("closures").path("timeInPlatform").size() == 5);
    }

    @Test
    void thePlatformsBackgroundCellByCell() {
        JsonNode ungdom = background("ungdom");
        JsonNode participants = ungdom.path("participants");

        assertSplit(participants.path("persons"), 3, 3, 7);
        assertSplit(participants.path("episodes"), 3, 3, 7);
        assertSplit(participants.path("reReferredPersons"), 0, 1, 1);
        assertRow(participants.path("ageAtStart"), "16_19", 1, 0, 2); // Pia 18, Pim 19
        assertRow(participants.path("ageAtStart"), "20_24", 2, 2, 4); // Paula 20, Petra 20 in 2018, Pekka 23, Pelle 22
        assertRow(participants.path("ageAtStart"), "25_29", 0, 1, 1); // Per 25
        assertRow(participants.path("ageAtStart"), "UNKNOWN", 0, 0, 0);
        assertRow(participants.path("education"), "COMPULSORY", 1, 1, 2);
        assertRow(participants.path("education"), "UPPER_SECONDARY", 1, 1, 3);
        assertRow(participants.path("education"), "POST_SECONDARY_UNDER_3_YEARS", 1, 0, 1);
        assertRow(participants.path("education"), "UNKNOWN", 0, 1, 1);
        assertRow(participants.path("incomeSupport"), "SOCIAL_ASSISTANCE", 2, 0, 2);
        assertRow(participants.path("incomeSupport"), "STUDENT_AID", 1, 0, 1);
        assertRow(participants.path("incomeSupport"), "NONE", 0, 1, 1);
        assertRow(participants.path("incomeSupport"), "UNEMPLOYMENT_INSURANCE", 0, 1, 1);
        // Pelle's profile is the one of his 2019 start: four years
        assertRow(participants.path("yearsOnPublicSupport"), "0", 1, 0, 1);
        assertRow(participants.path("yearsOnPublicSupport"), "1_3", 1, 1, 3);
        assertRow(participants.path("yearsOnPublicSupport"), "4_6", 1, 1, 2);
        assertRow(participants.path("yearsOnPublicSupport"), "UNKNOWN", 0, 1, 1);
        assertRow(participants.path("municipality"), "2480", 3, 1, 5);
        assertThat(find(participants.path("municipality"), "2460").path("name").asText()).isEqualTo("Vännäs");
        assertThat(find(participants.path("municipality"), "2404").path("name").asText()).isEqualTo("Vindeln");
        assertThat(find(participants.path("municipality"), "2480").path("totalPercent").asInt()).isEqualTo(71); // 5/7
        assertThat(participants.path("municipality").size()).isEqualTo(3);

        JsonNode started = ungdom.path("started");
        assertSplit(started.path("persons"), 2, 3, 6);
        assertSplit(started.path("reReferredPersons"), 0, 1, 1);

        assertSplit(ungdom.path("referrals"), 2, 2, 4);
        assertRow(ungdom.path("referralsByReferrer"), "ARBETSFORMEDLINGEN", 0, 1, 1);
        assertRow(ungdom.path("referralsByReferrer"), "SOCIAL_SERVICES", 1, 0, 1);
        assertRow(ungdom.path("referralsByReferrer"), "REGION", 1, 0, 1);
        assertRow(ungdom.path("referralsByReferrer"), "FORSAKRINGSKASSAN", 0, 1, 1);

        // Paula 75 days, Petra 181 (exactly six months: 6–12), Pekka 203
        JsonNode closures = ungdom.path("closures");
        assertSplit(closures.path("closed"), 2, 1, 3);
        assertRow(closures.path("timeInPlatform"), "UNDER_3_MONTHS", 1, 0, 1);
        assertRow(closures.path("timeInPlatform"), "3_6_MONTHS", 0, 0, 0);
        assertRow(closures.path("timeInPlatform"), "6_12_MONTHS", 1, 1, 2);
        assertThat(closures.path("meanDays").path("total").asDouble()).isEqualTo(153.0);
        assertThat(closures.path("medianDays").path("total").asDouble()).isEqualTo(181.0);

        JsonNode work = followUp(ungdom, "WORK", 6);
        assertSplit(work.path("closed"), 1, 0, 1);
        assertSplit(work.path("followedUp"), 1, 0, 1);
        assertSplit(work.path("employed"), 1, 0, 1);
        assertThat(work.path("employedPercent").path("total").asInt()).isEqualTo(100);
        assertSplit(followUp(ungdom, "WORK", 12).path("followedUp"), 0, 0, 0);
    }

    @Test
    void aPersonOnBothPlatformsCountsOnEachButOnceInTheGroup() {
        assertSplit(background("vuxen").path("participants").path("persons"), 2, 1, 3);

        JsonNode alla = background("alla");
        assertSplit(alla.path("participants").path("persons"), 4, 4, 9);
        assertSplit(alla.path("participants").path("episodes"), 5, 4, 10);
        assertSplit(alla.path("started").path("persons"), 3, 4, 8);
        assertRow(alla.path("participants").path("ageAtStart"), "40_49", 1, 0, 1);
        assertRow(alla.path("participants").path("ageAtStart"), "60_64", 0, 1, 1);
        assertRow(alla.path("participants").path("incomeSupport"), "SOCIAL_ASSISTANCE", 2, 0, 2);
        assertRow(alla.path("participants").path("incomeSupport"), "SICKNESS_BENEFIT", 1, 1, 2);
        assertThat(find(alla.path("participants").path("municipality"), "2409").path("name").asText())
                .isEqualTo("Robertsfors");
        // 75, 181, 203 and 308 days
        assertThat(alla.path("closures").path("meanDays").path("total").asDouble()).isEqualTo(191.8);
        assertThat(alla.path("closures").path("medianDays").path("total").asDouble()).isEqualTo(192.0);

        JsonNode volume = Bokslut.volume(ASSOCIATION, "alla", "2019");
        assertThat(volume.path("participants").path("total").asInt()).isEqualTo(10);
        assertThat(volume.path("persons").path("total").asInt()).isEqualTo(9);
    }

    @Test
    void aBiReaderSeesNoSmallCountAndTheCsvIsOneFlatTable() throws Exception {
        HttpJson.Client reader = HttpJson.as(Bokslut.tokens().biReader(ASSOCIATION));
        JsonNode shown = reader.get(url("alla")).expect(200).json();
        assertThat(shown.path("suppression").path("threshold").asInt()).isEqualTo(4);
        assertThat(shown.path("participants").path("ageAtStart").findValues("total").stream()
                .allMatch(value -> value.isNull() || value.asInt() == 0 || value.asInt() > 4)).isTrue();
        assertThat(shown.path("participants").path("persons").path("women").isNull()).isTrue();

        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("ungdom")))
                .header("Accept", "text/csv")
                .header("Authorization", "Bearer " + Bokslut.tokens().analyst(ASSOCIATION)).GET().build();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        String csv = response.body();
        assertThat(csv).startsWith("association_id,unit,period,from,to,population,measure,category,name,women,men,"
                + "total,women_percent,men_percent,total_percent\r\n");
        assertThat(csv).contains("bakgrundsforbundet,ungdom,2019,2019-01-01,2019-12-31,participants,municipality,"
                + "2480,Umeå,3,1,5,100,33,71\r\n");
    }

    static Map<String, Object> start(String platform, String participant, String on, String gender, int birthYear,
            String municipality, String education, List<String> support, Integer years) {
        return EVENTS.started(platform, participant, LocalDate.parse(on), gender, birthYear, municipality, education,
                support, years, List.of());
    }

    static String url(String unit) {
        return RunningSystem.reporting() + "/api/v1/reports/background?associationId=" + ASSOCIATION + "&unit=" + unit
                + "&year=2019";
    }

    static JsonNode background(String unit) {
        return Bokslut.analyst(ASSOCIATION).get(url(unit)).expect(200).json();
    }

    static void awaitBackground(String unit, java.util.function.Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode report = background(unit);
        while (!condition.test(report) && System.nanoTime() < deadline) {
            Bokslut.sleep(300);
            report = background(unit);
        }
        assertThat(condition.test(report)).as("the year reached the background report").isTrue();
    }

    static JsonNode find(JsonNode rows, String category) {
        for (JsonNode row : rows) {
            if (row.path("category").asText().equals(category)) {
                return row;
            }
        }
        throw new AssertionError("no row " + category + " in " + rows);
    }

    static JsonNode followUp(JsonNode report, String group, int months) {
        for (JsonNode row : report.path("followUps")) {
            if (row.path("group").asText().equals(group) && row.path("monthsAfterClosure").asInt() == months) {
                return row;
            }
        }
        throw new AssertionError("no follow-up row " + group + " " + months);
    }

    static void assertRow(JsonNode rows, String category, int women, int men, int total) {
        assertSplit(find(rows, category), women, men, total);
    }

    static void assertSplit(JsonNode split, int women, int men, int total) {
        assertThat(List.of(split.path("women").asInt(), split.path("men").asInt(), split.path("total").asInt()))
                .as(split.toString()).containsExactly(women, men, total);
    }
}
