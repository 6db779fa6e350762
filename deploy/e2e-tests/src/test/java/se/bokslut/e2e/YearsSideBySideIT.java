package se.bokslut.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import se.bokslut.localstack.DemoLoader;

/**
 * Years side by side (SPEC §13) over the whole demo, 2017–2020, loaded through the public APIs as run-local.sh does:
 * the published figures under each year's own goal model, and the same facts under the 2020 definitions.
 */
@ExtendWith(RunningSystem.class)
class YearsSideBySideIT {

    static final Path DEMO = Path.of(System.getProperty("bokslut.root", "../..")).resolve("deploy/demo");

    @BeforeAll
    static void theDemoIsLoaded() {
        DemoLoader.load(DEMO, RunningSystem.intake(), RunningSystem.reporting(), Bokslut.tokens());
        // the 2017 survey and every 2019 closure have been applied by scoring
        awaitYears("ungdomstorget", null, years -> result(years, "1.2.1", 2017).path("denominator").asInt() == 22
                && result(years, "work-share", 2019).path("denominator").asInt() == 128);
    }

    @Test
    void ungdomstorgetUnderEachYearsOwnDefinitions() {
        JsonNode years = years("ungdomstorget", null);
        print("own definitions", years);

        assertThat(years.path("years").size()).isEqualTo(4);
        assertThat(year(years, 2018).path("reasons").get(0).path("code").asText()).isEqualTo("NO_GOAL_MODEL");
        assertThat(year(years, 2019).path("volume").path("participants").path("total").asInt()).isEqualTo(295);
        assertThat(year(years, 2019).path("volume").path("remaining").path("total").asInt()).isEqualTo(167);
        assertResult(result(years, "work-share", 2019), "1.1.1", 29, 128, 23, "RED");
        assertResult(result(years, "work-share", 2020), "1.1.2", 17, 43, 40, "GREEN");
        assertResult(result(years, "studies-share", 2019), "1.1.2", 28, 128, 22, "RED");
        assertResult(result(years, "1.2.1", 2017), "1.2.1", 15, 22, 68, "RED");
        assertThat(result(years, "work-share", 2018).path("reason").path("code").asText()).isEqualTo("NO_GOAL_MODEL");
        assertThat(result(years, "positive-share", 2019).path("reason").path("code").asText())
                .isEqualTo("NOT_IN_MODEL");
        // 2017 had no staff survey
        assertThat(result(years, "4.1.1", 2017).path("reason").path("code").asText()).isEqualTo("NO_ANSWERS");
    }

    @Test
    void ungdomstorgetUnderThe2020Definitions() {
        JsonNode years = years("ungdomstorget", "2020");
        print("definitionsOf=2020", years);

        // 2019's 128 closures, 105 of them positive by 2020's POSITIVE (all but 10 MEDICAL_REHABILITATION and 13
        // drop-outs): work 29/105 = 27.6 % → 28 %, 7 points below 35 → RED
        assertResult(result(years, "work-share", 2019), "1.1.2", 29, 105, 28, "RED");
        assertResult(result(years, "work-share", 2020), "1.1.2", 17, 43, 40, "GREEN");
        assertResult(result(years, "positive-share", 2019), "1.1.1", 105, 128, 82, "GREEN");
        assertResult(result(years, "positive-share", 2020), "1.1.1", 43, 56, 77, "YELLOW");
        assertThat(result(years, "work-share", 2018).path("definitionsYear").asInt()).isEqualTo(2020);
        assertThat(result(years, "work-share", 2018).has("reason")).isFalse();
        for (JsonNode series : years.path("indicators")) {
            assertThat(series.path("key").asText()).isNotEqualTo("other-solution-share");
        }
    }

    @Test
    void manualResultsFollowTheirKeyAndMissingOnesSaySo() {
        JsonNode years = years("hela-forbundet", "2020");

        assertThat(result(years, "2.2.1", 2019).path("value").decimalValue()).isEqualByComparingTo("-0.6");
        assertThat(result(years, "2.2.1", 2018).path("reason").path("code").asText()).isEqualTo("NO_MANUAL_ENTRY");
        assertThat(result(years, "2.2.1", 2017).path("reason").path("code").asText()).isEqualTo("NO_MANUAL_ENTRY");
        assertThat(result(years, "3.1.1", 2018).path("reason").path("code").asText()).isEqualTo("NO_ANSWERS");
    }

    @Test
    void theDemosUngdomstorgetHasTheBackgroundOfAYouthPlatform() {
        JsonNode background = Bokslut.analyst("umearegionen").get(RunningSystem.reporting()
                + "/api/v1/reports/background?associationId=umearegionen&unit=ungdomstorget&year=2019").expect(200)
                .json();
        JsonNode participants = background.path("participants");
        System.out.println("Ungdomstorget 2019, background of the participants:");
        for (String table : new String[] { "ageAtStart", "education", "incomeSupport", "yearsOnPublicSupport",
            "municipality" }) {
            StringBuilder line = new StringBuilder("  " + table + ":");
            participants.path(table).forEach(row -> line.append(' ').append(row.path("category").asText()).append('=')
                    .append(row.path("total").asInt()).append(" (").append(row.path("totalPercent").asText())
                    .append(" %)"));
            System.out.println(line);
        }
        System.out.println("  persons " + participants.path("persons") + ", episodes " + participants.path("episodes")
                + ", started " + background.path("started").path("persons") + ", closures "
                + background.path("closures").path("closed") + ", median days "
                + background.path("closures").path("medianDays"));

        // 295 participants, 121 of them new (SPEC §9), each counted once
        assertThat(participants.path("episodes").path("total").asInt()).isEqualTo(295);
        assertThat(participants.path("persons").path("total").asInt()).isEqualTo(295);
        assertThat(background.path("started").path("persons").path("total").asInt()).isEqualTo(121);
        assertThat(background.path("closures").path("closed").path("total").asInt()).isEqualTo(128);
        // a youth platform: everyone 16–29 at start, most on försörjningsstöd or aktivitetsstöd, from Umeå
        int young = 0;
        for (String band : new String[] { "16_19", "20_24", "25_29" }) {
            young += row(participants.path("ageAtStart"), band).path("total").asInt();
        }
        assertThat(young).isEqualTo(295);
        assertThat(row(participants.path("municipality"), "2480").path("name").asText()).isEqualTo("Umeå");
        assertThat(row(participants.path("municipality"), "2480").path("totalPercent").asInt()).isEqualTo(100);
        assertThat(row(participants.path("incomeSupport"), "SICKNESS_COMPENSATION").path("total").asInt()).isZero();
        assertThat(row(participants.path("incomeSupport"), "SOCIAL_ASSISTANCE").path("totalPercent").asInt())
                .isGreaterThan(25);
    }

    static JsonNode row(JsonNode rows, String category) {
        for (JsonNode row : rows) {
            if (row.path("category").asText().equals(category)) {
                return row;
            }
        }
        throw new AssertionError("no row " + category);
    }

    @Test
    void csvHasARowPerYearIndicatorAndGender() throws Exception {
        String csv = csv(url("ungdomstorget", "2020"));

        assertThat(csv).contains("umearegionen,ungdomstorget,2019,work-share,1.1.2,Andel av de positiva avsluten som "
                + "gått till arbete,CLOSURE_SHARE,total,29,105,28,PERCENT,35,RED,,2020\r\n");
        assertThat(csv).contains("umearegionen,ungdomstorget,2020,work-share,1.1.2,Andel av de positiva avsluten som "
                + "gått till arbete,CLOSURE_SHARE,total,17,43,40,PERCENT,35,GREEN,,2020\r\n");
    }

    static String csv(String url) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).header("Accept", "text/csv")
                .header("Authorization", "Bearer " + Bokslut.tokens().analyst("umearegionen")).GET().build();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    static JsonNode years(String unit, String definitionsOf) {
        return Bokslut.analyst("umearegionen").get(url(unit, definitionsOf)).expect(200).json();
    }

    static String url(String unit, String definitionsOf) {
        return RunningSystem.reporting() + "/api/v1/reports/years?associationId=umearegionen&unit=" + unit
                + "&fromYear=2017&toYear=2020" + (definitionsOf == null ? "" : "&definitionsOf=" + definitionsOf);
    }

    static void awaitYears(String unit, String definitionsOf, Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonNode years = years(unit, definitionsOf);
        while (!condition.test(years) && System.nanoTime() < deadline) {
            Bokslut.sleep(500);
            years = years(unit, definitionsOf);
        }
    }

    static JsonNode year(JsonNode years, int year) {
        for (JsonNode summary : years.path("years")) {
            if (summary.path("year").asInt() == year) {
                return summary;
            }
        }
        throw new AssertionError("no year " + year);
    }

    static JsonNode result(JsonNode years, String key, int year) {
        for (JsonNode series : years.path("indicators")) {
            if (series.path("key").asText().equals(key)) {
                for (JsonNode result : series.path("years")) {
                    if (result.path("year").asInt() == year) {
                        return result;
                    }
                }
            }
        }
        throw new AssertionError("no " + key + " in " + year);
    }

    static void assertResult(JsonNode result, String id, int numerator, int denominator, int value, String status) {
        String what = result.path("year").asText() + " " + id;
        assertThat(result.path("id").asText()).as(what + " id").isEqualTo(id);
        assertThat(result.path("numerator").asInt()).as(what + " numerator").isEqualTo(numerator);
        assertThat(result.path("denominator").asInt()).as(what + " denominator").isEqualTo(denominator);
        assertThat(result.path("value").asInt()).as(what + " value").isEqualTo(value);
        assertThat(result.path("status").asText()).as(what + " status").isEqualTo(status);
    }

    /** The goal 1.1 series of the report, for the record. */
    static void print(String title, JsonNode years) {
        System.out.println("Ungdomstorget 2017–2020, " + title + ":");
        for (JsonNode series : years.path("indicators")) {
            String key = series.path("key").asText();
            if (!key.endsWith("-share")) {
                continue;
            }
            StringBuilder line = new StringBuilder("  " + key + ":");
            for (JsonNode result : series.path("years")) {
                line.append("  ").append(result.path("year").asText()).append(' ');
                if (result.has("reason")) {
                    line.append(result.path("reason").path("code").asText());
                } else {
                    line.append(result.path("id").asText()).append(' ').append(result.path("numerator").asText())
                            .append('/').append(result.path("denominator").asText()).append(" = ")
                            .append(result.path("value").asText()).append(" % ").append(result.path("status").asText());
                }
            }
            System.out.println(line);
        }
    }
}
