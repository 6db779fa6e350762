package se.bokslut.reporting.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bokslut.reporting.Api.given;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.bokslut.localstack.LocalStackTestResource;
import se.bokslut.reporting.Api;
import se.bokslut.reporting.Demo;
import se.bokslut.reporting.ScoringStub;

/** The social accounts document, rendered over figures played by {@link ScoringStub}. */
@QuarkusTest
class SocialAccountsTest {

    /** SPEC §9 worked example 1: Ungdomstorget 2019. */
    static final String UNGDOMSTORGET_2019 = """
            {"groups": {
              "WOMAN": {"participants": 148, "started": 66, "closed": 55, "remaining": 93, "referrals": 70,
                        "closedByOutcome": {"WORK": 10, "STUDIES": 14, "OTHER_REHABILITATION": 24, "DROPOUT": 7},
                        "followUps": []},
              "MAN":   {"participants": 147, "started": 55, "closed": 73, "remaining": 74, "referrals": 60,
                        "closedByOutcome": {"WORK": 19, "STUDIES": 14, "JOB_SEEKING": 34, "MOVED": 6},
                        "followUps": []},
              "TOTAL": {"participants": 295, "started": 121, "closed": 128, "remaining": 167, "referrals": 130,
                        "preparationYes": 31,
                        "closedByOutcome": {"WORK": 29, "STUDIES": 28, "OTHER_REHABILITATION": 24, "JOB_SEEKING": 34,
                                            "DROPOUT": 7, "MOVED": 6},
                        "followUps": [{"outcome": "WORK", "monthsAfterClosure": 6, "followedUp": 20, "employed": 15}]}
            }}""";

    /** Vännäs: three women closed, all to work, a count a BI reader must not see. */
    static final String VANNAS_2019 = """
            {"groups": {
              "WOMAN": {"participants": 12, "started": 5, "closed": 3, "remaining": 9,
                        "closedByOutcome": {"WORK": 3}, "followUps": []},
              "MAN":   {"participants": 20, "started": 8, "closed": 11, "remaining": 9,
                        "closedByOutcome": {"WORK": 6, "STUDIES": 5}, "followUps": []},
              "TOTAL": {"participants": 32, "started": 13, "closed": 14, "remaining": 18,
                        "closedByOutcome": {"WORK": 9, "STUDIES": 5}, "followUps": []}
            }}""";

    static String nordmaling2020(int work) {
        return """
                {"groups": {
                  "WOMAN": {"participants": 20, "started": 10, "closed": 10, "remaining": 10,
                            "closedByOutcome": {"WORK": %d, "STUDIES": 2}, "followUps": []},
                  "MAN":   {"participants": 20, "started": 10, "closed": 10, "remaining": 10,
                            "closedByOutcome": {"WORK": 5, "STUDIES": 5}, "followUps": []},
                  "TOTAL": {"participants": 40, "started": 20, "closed": 20, "remaining": 20,
                            "closedByOutcome": {"WORK": %d, "STUDIES": 7}, "followUps": []}
                }}""".formatted(work, work + 5);
    }

    @BeforeAll
    static void figures() {
        ScoringStub.answer(List.of("ungdomstorget"), "2019-01-01", "2019-12-31", null, UNGDOMSTORGET_2019);
        ScoringStub.answer(List.of("vannas"), "2019-01-01", "2019-12-31", null, VANNAS_2019);
        ScoringStub.answer(List.of("nordmaling"), "2020-01-01", "2020-12-31", null, nordmaling2020(5));
    }

    @Test
    void everyApplicableIndicatorOfTheDemoModelAppearsWithResultTargetAndSignalWord() {
        Demo.upload(2019);
        Document html = Jsoup.parse(html("ungdomstorget", "2019"));
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("sv");
        assertThat(html.select("script")).isEmpty();

        List<Map<String, Object>> indicators = new ArrayList<>();
        JsonPath fulfilment = JsonPath.from(given().queryParam("associationId", "umearegionen")
                .queryParam("unit", "ungdomstorget").queryParam("year", "2019")
                .get("/api/v1/reports/goal-fulfilment").then().statusCode(200).extract().asString());
        indicators.addAll(fulfilment.getList("goalAreas.goals.flatten().indicators.flatten()"));
        assertThat(indicators).hasSizeGreaterThan(5);
        for (Map<String, Object> indicator : indicators) {
            Element row = html.selectFirst("tr.indicator[data-indicator=" + indicator.get("id") + "]");
            assertThat(row).as("row of " + indicator.get("id")).isNotNull();
            assertThat(row.selectFirst("th[scope=row]").text()).isEqualTo(indicator.get("id"));
            assertThat(row.text()).contains((String) indicator.get("title"));
            assertThat(row.selectFirst("td.target").text()).isNotBlank();
            assertThat(row.selectFirst("td.result").text()).isNotBlank();
            assertThat(row.selectFirst(".signal").text()).isEqualTo(word((String) indicator.get("status")));
        }

        // SPEC §9 worked example 2, as published
        Element work = html.selectFirst("tr.indicator[data-indicator=1.1.1]");
        assertThat(work.selectFirst("td.result").text()).isEqualTo("23 % (29 av 128)");
        assertThat(work.selectFirst("td.target").text()).isEqualTo("minst 35 %");
        assertThat(work.selectFirst(".signal").text()).isEqualTo("Inte uppfyllt");
        assertThat(work.selectFirst(".signal").hasClass("red")).isTrue();
        assertThat(work.text()).contains("18 % (10 av 55)");
        Element other = html.selectFirst("tr.indicator[data-indicator=1.1.3]");
        assertThat(other.selectFirst("td.result").text()).isEqualTo("45 % (58 av 128)");
        assertThat(other.selectFirst(".signal").text()).isEqualTo("Uppfyllt");

        // every chart has its text alternative
        assertThat(html.select("svg")).isNotEmpty().allSatisfy(svg -> {
            assertThat(svg.attr("role")).isEqualTo("img");
            assertThat(svg.attr("aria-label")).isNotBlank();
            assertThat(svg.selectFirst("title")).isNotNull();
        });

        // volume table in the published layout (SPEC §9 worked example 1)
        Element volume = html.selectFirst("table#volym-ungdomstorget");
        assertThat(volume.select("thead th").eachText()).containsExactly("Ungdomstorget", "Kvinnor", "Män", "Totalt");
        assertThat(rowOf(volume, "Antal deltagare")).containsExactly("148", "147", "295");
        assertThat(rowOf(volume, "varav nya")).containsExactly("66", "55", "121");
        assertThat(rowOf(volume, "Arbete")).containsExactly("10", "19", "29");
        assertThat(rowOf(volume, "Annan behovsanpassad lösning")).containsExactly("24", "34", "58");
        assertThat(rowOf(volume, "Övriga avbrott")).containsExactly("7", "6", "13");
        assertThat(rowOf(volume, "Kvar i verksamheten")).containsExactly("93", "74", "167");

        // summary with the composite index and the cover
        assertThat(html.selectFirst("#sammanfattning").text()).contains("poäng").contains("budget");
        assertThat(html.selectFirst("#omslag").text()).contains("Samordningsförbundet Umeåregionen").contains("2019")
                .contains("Uppgifterna avser läget");
    }

    @Test
    void withoutAUnitTheDocumentCoversEveryAssessedUnitUnitGroupsFirst() {
        Demo.upload(2019);
        Document html = Jsoup.parse(html(null, "2019"));
        List<String> volumeTables = html.select("table.volume").eachAttr("id");
        assertThat(volumeTables).first().isEqualTo("volym-hela-forbundet");
        assertThat(volumeTables).contains("volym-ungdomstorget", "volym-vuxentorget", "volym-bjurholm")
                .hasSize(8);
        assertThat(html.select("section.area").size()).isGreaterThan(8);
    }

    @Test
    void thePdfHasTheCoverEveryGoalAreaAndTheVolumeTables() throws IOException {
        Demo.upload(2019);
        byte[] pdf = given().accept("application/pdf").queryParam("associationId", "umearegionen")
                .queryParam("year", "2019").queryParam("unit", "ungdomstorget")
                .get("/api/v1/reports/social-accounts").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Socialt bokslut 2019").contains("Samordningsförbundet Umeåregionen")
                    .contains("Uppgifterna avser läget");
            List<String> areas = JsonPath.from(given().queryParam("associationId", "umearegionen")
                    .queryParam("unit", "ungdomstorget").queryParam("year", "2019")
                    .get("/api/v1/reports/goal-fulfilment").then().statusCode(200).extract().asString())
                    .getList("goalAreas.title");
            assertThat(areas).isNotEmpty();
            for (String area : areas) {
                assertThat(text).contains(area);
            }
            // table cells wrap inside the narrow columns: compare with the line breaks as spaces
            assertThat(text.replaceAll("\\s+", " ")).contains("23 % (29 av 128)").contains("Inte uppfyllt").contains("Antal deltagare")
                    .contains("Kvar i verksamheten").contains("Volymer per enhet");
        }
    }

    @Test
    void aBiReaderGetsTheDisclosureControlledDocument() {
        Demo.upload(2019);
        String token = LocalStackTestResource.tokens().token("bi", List.of("bi-reader"), "umearegionen", null);
        Document analyst = Jsoup.parse(html("vannas", "2019"));
        Document reader = Jsoup.parse(Api.as(token).queryParam("associationId", "umearegionen")
                .queryParam("year", "2019").queryParam("unit", "vannas").get("/api/v1/reports/social-accounts")
                .then().statusCode(200).extract().asString());
        assertThat(rowOf(analyst.selectFirst("table#volym-vannas"), "Avslutade")).containsExactly("3", "11", "14");
        assertThat(rowOf(reader.selectFirst("table#volym-vannas"), "Avslutade")).doesNotContain("3");
        assertThat(rowOf(reader.selectFirst("table#volym-vannas"), "Avslutade")).contains("dolt");
        // the women's share of closures to work, 3 of 3, is hidden as the BI JSON hides it
        assertThat(analyst.selectFirst("tr.indicator[data-indicator=1.1.1]").text()).contains("(3 av 3)");
        assertThat(reader.selectFirst("tr.indicator[data-indicator=1.1.1]").text()).doesNotContain("3 av 3");
        assertThat(reader.selectFirst("#definitioner").text()).contains("Små antal är dolda");
        assertThat(reader.text()).doesNotContain("Öppna avvikelser (händelser");
    }

    @Test
    void anEditionKeepsItsBytesAndTheLiveDocumentMarksTheChange() {
        Demo.upload(2019, 2020);
        ScoringStub.answer(List.of("nordmaling"), "2020-01-01", "2020-12-31", null, nordmaling2020(5));
        String location = given().post("/api/v1/reports/social-accounts/umearegionen/2020/editions")
                .then().statusCode(201).extract().header("Location");
        int edition = Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));
        byte[] html = given().get(location).then().statusCode(200).extract().asByteArray();
        byte[] pdf = given().accept("application/pdf").get(location).then().statusCode(200).extract().asByteArray();
        String json = given().queryParam("unit", "nordmaling").get(location + "/goal-fulfilment").then()
                .statusCode(200).extract().asString();
        String csv = given().accept("text/csv").queryParam("unit", "nordmaling").get(location + "/goal-fulfilment")
                .then().statusCode(200).extract().asString();
        assertThat(Jsoup.parse(new String(html, java.nio.charset.StandardCharsets.UTF_8)).text())
                .contains("Fastställd version " + edition);

        // new events: two more closures to work
        ScoringStub.answer(List.of("nordmaling"), "2020-01-01", "2020-12-31", null, nordmaling2020(7));

        assertThat(given().get(location).then().statusCode(200).extract().asByteArray()).isEqualTo(html);
        assertThat(given().accept("application/pdf").get(location).then().extract().asByteArray()).isEqualTo(pdf);
        assertThat(given().queryParam("unit", "nordmaling").get(location + "/goal-fulfilment").then().extract()
                .asString()).isEqualTo(json);
        assertThat(given().accept("text/csv").queryParam("unit", "nordmaling").get(location + "/goal-fulfilment")
                .then().extract().asString()).isEqualTo(csv);

        Document live = Jsoup.parse(html("nordmaling", "2020"));
        assertThat(live.select(".change").eachText())
                .anySatisfy(change -> assertThat(change).startsWith("ändrat sedan fastställd version " + edition + ":"));
        assertThat(given().get("/api/v1/reports/social-accounts/umearegionen/2020/editions").then().statusCode(200)
                .extract().jsonPath().getList("edition", Integer.class)).contains(edition);
        assertThat(given().queryParam("associationId", "umearegionen").queryParam("subjectType", SocialAccounts.AUDIT_TYPE).get("/api/v1/audit")
                .then().extract().asString()).contains("2020/" + edition);
    }

    @Test
    void theBackgroundChapterHasATableOfEachUnitHiddenCellsHiddenForBiReaders() {
        Demo.upload(2019);
        ScoringStub.answerBackground(List.of("vannas"), "2019-01-01", "2019-12-31",
                se.bokslut.reporting.background.BackgroundReportResourceTest.FIGURES);
        Document analyst = Jsoup.parse(html("vannas", "2019"));
        Element table = analyst.selectFirst("#bakgrund table#bakgrund-vannas");
        assertThat(table).isNotNull();
        assertThat(rowOf(table, "Antal personer")).containsExactly("40", "30", "70", "–");
        assertThat(rowOf(table, "Vindeln")).containsExactly("0", "3", "3", "4 %");
        assertThat(rowOf(table, "60–64 år")).containsExactly("2", "0", "2", "3 %");
        assertThat(analyst.selectFirst("#bakgrund").text()).doesNotContain("senare version");

        String token = LocalStackTestResource.tokens().token("bi", List.of("bi-reader"), "umearegionen", null);
        Document reader = Jsoup.parse(Api.as(token).queryParam("associationId", "umearegionen")
                .queryParam("year", "2019").queryParam("unit", "vannas").get("/api/v1/reports/social-accounts")
                .then().statusCode(200).extract().asString());
        assertThat(rowOf(reader.selectFirst("table#bakgrund-vannas"), "60–64 år")).containsExactly("dolt", "dolt", "dolt",
                "–");
        // the persons are tied to the volume table and the association's unit group: hidden with what they would reveal
        assertThat(rowOf(reader.selectFirst("table#bakgrund-vannas"), "Antal personer")).contains("dolt");
    }

    @Test
    void theCoverSaysWhenTheNewestFactWasApplied() {
        Demo.upload(2019);
        Document html = Jsoup.parse(html("ungdomstorget", "2019"));
        // ScoringStub.AS_OF, 09:30 UTC, is 10:30 in Sweden in February
        assertThat(html.text()).contains("Uppgifterna avser läget 14 februari 2021 kl. 10:30");
        assertThat(html.text()).contains("Tidpunkten då den senaste händelsen räknades in.");
    }

    @Test
    void eachIndicatorShowsItsEarlierYearsMatchedByKeyWithASmallChart() {
        Demo.upload(2019, 2020);
        ScoringStub.answer(List.of("ungdomstorget"), "2020-01-01", "2020-12-31", null,
                se.bokslut.reporting.years.YearsReportResourceTest.UNGDOMSTORGET_2020);
        Document html = Jsoup.parse(html("ungdomstorget", "2020"));
        // 2020's work share (1.1.2, of the positive closures) has the key of 2019's 1.1.1 (of all closures)
        Element work = html.selectFirst("tr.indicator[data-indicator=1.1.2]");
        assertThat(work.selectFirst(".earlier-years").text()).contains("Tidigare år: 2018 utfall saknas, 2019 23 %");
        Element chart = work.selectFirst("svg.chart-years");
        assertThat(chart).isNotNull();
        assertThat(chart.attr("aria-label")).contains("2019: 23 %").contains("2020: 40 %");
        assertThat(chart.select("rect")).hasSize(2);
    }

    @Test
    void aBiReaderCannotAdoptAndBadParametersNameTheField() {
        String token = LocalStackTestResource.tokens().token("bi", List.of("bi-reader"), "umearegionen", null);
        Api.as(token).post("/api/v1/reports/social-accounts/umearegionen/2019/editions").then().statusCode(403);
        given().queryParam("associationId", "umearegionen").queryParam("year", "twenty")
                .get("/api/v1/reports/social-accounts").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/v1/reports/social-accounts/umearegionen/2019/editions/x").then().statusCode(400);
    }

    @Test
    void anExamplesEntryCarriesItsNarrativesTheirNumberIsTheValueAndTheDocumentPrintsThem() {
        Demo.upload(2019);
        String path = "/api/v1/manual-inputs/umearegionen/2019/hela-forbundet/indicators/3.1.4";
        given().contentType("application/json").body("""
                {"narratives": [
                  {"title": "Från isolering till praktik", "text": "Efter ett år i Ungdomstorget började A. en praktik.", "date": "2019-11-04"},
                  {"title": "Tillbaka till studier", "text": "B. läser nu in gymnasiet på Komvux."}]}""")
                .put(path).then().statusCode(200).body("input.value", org.hamcrest.Matchers.equalTo(2));
        given().contentType("application/json").body("""
                {"value": 3, "narratives": [{"title": "En", "text": "Ett fall."}]}""")
                .put(path).then().statusCode(422).body("field", org.hamcrest.Matchers.equalTo("value"));
        given().contentType("application/json").body("""
                {"narratives": [{"title": " ", "text": "Ett fall."}]}""")
                .put(path).then().statusCode(422).body("field", org.hamcrest.Matchers.equalTo("narratives[0].title"));

        Document html = Jsoup.parse(html("hela-forbundet", "2019"));
        assertThat(html.select("#fallbeskrivningar article.narrative h3").eachText())
                .containsExactly("Från isolering till praktik", "Tillbaka till studier");
        assertThat(html.selectFirst("#fallbeskrivningar").text()).contains("2019-11-04")
                .contains("B. läser nu in gymnasiet på Komvux.");
        assertThat(html.selectFirst("tr.indicator[data-indicator=3.1.4] td.result").text()).isEqualTo("2");

        // the old way, a bare number, stays valid
        given().contentType("application/json").body("{\"value\": 3}").put(path).then().statusCode(200);
        assertThat(Jsoup.parse(html("hela-forbundet", "2019")).select("#fallbeskrivningar article")).isEmpty();
    }

    private static String html(String unit, String year) {
        var request = given().queryParam("associationId", "umearegionen").queryParam("year", year);
        if (unit != null) {
            request = request.queryParam("unit", unit);
        }
        return request.get("/api/v1/reports/social-accounts").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/html")).extract().asString();
    }

    private static List<String> rowOf(Element table, String label) {
        Element header = table.select("tbody th[scope=row]").stream().filter(th -> th.text().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + label));
        return header.parent().select("td").eachText();
    }

    private static String word(String status) {
        if (status == null) {
            return "Dolt";
        }
        return switch (status) {
            case "GREEN" -> "Uppfyllt";
            case "YELLOW" -> "Delvis uppfyllt";
            case "RED" -> "Inte uppfyllt";
            default -> "Utfall saknas";
        };
    }
}
