package se.bokslut.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.bokslut.localstack.LocalStackTestResource;
import se.bokslut.reporting.Api;
import se.bokslut.reporting.Demo;
import se.bokslut.reporting.ScoringStub;

/**
 * The adversarial audit of SPEC §14, in the style statistical agencies use: for scenarios rich in small cells (seven
 * platforms and their unit group, two years, the demo's goal models), fetch every volume table and goal fulfilment a
 * BI reader can fetch, write down the identities that link the published figures (the gender splits with an unknown
 * rest, closures by outcome and outcome group, participants = closed + remaining, participants = remaining the year
 * before + started, the unit group = the sum of its platforms, each indicator's numerator and denominator = the
 * volume counts its definition names, persons ≤ participants; a tagged closure share within the untagged counts; a
 * survey share's six stated genders, positive ≤ answered ≤ respondents, and a unit group's survey counts at most its
 * platforms' together, with respondents who answered for two platforms), and solve, as linear programs, each hidden cell's
 * smallest and largest value those identities allow. No hidden cell may be fixed to one value, nor narrowed to within
 * 1..threshold. The identities are written here from the goal model and the meaning of the figures, not taken from
 * the protection, so a tie it forgets shows up as a recovered cell.
 */
@QuarkusTest
class DisclosureAuditTest {

    static final List<String> PLATFORMS = List.of("ungdomstorget", "vuxentorget", "robertsfors", "nordmaling", "vannas",
            "vindeln", "bjurholm");
    static final String GROUP = "hela-forbundet";
    static final List<Integer> YEARS = List.of(2019, 2020);
    static final List<String> OUTCOMES = List.of("WORK", "STUDIES", "DAILY_ACTIVITY", "JOB_SEEKING", "DROPOUT");
    static final List<String> ROWS = List.of("participants", "persons", "started", "referrals", "preparationYes",
            "preparationNo", "closed", "remaining");
    static final List<String> GENDERS = List.of("women", "men", "total");
    static final int THRESHOLD = 4;
    /** The profile tag the demo's 2019 model filters an indicator by. */
    static final String TAG = "PSYCHIATRIC_CONTACT";

    private Map<String, String> saved;

    @BeforeEach
    void save() {
        saved = ScoringStub.snapshot();
    }

    @AfterEach
    void restore() {
        ScoringStub.restore(saved);
    }

    @Test
    void theWorkedScenarioOfTheIssueLeavesNoHiddenCellRecoverable() {
        // Bjurholm: 9 women closed, 6 of them to studies; a few to work on two platforms; a small carried-over count
        Map<String, Map<String, long[]>> figures = new HashMap<>();
        figures.put("bjurholm", Map.of("2019", new long[] { 3, 9, 0, 6, 1, 0, 2 }, "2020", new long[] { 2, 4, 1, 0, 0,
                0, 1 }));
        figures.put("vindeln", Map.of("2019", new long[] { 5, 6, 2, 1, 0, 1, 1 }, "2020", new long[] { 4, 3, 0, 1, 1,
                0, 0 }));
        Audit audit = run(scenario(figures));
        assertThat(audit.failures).isEmpty();
        assertThat(audit.hidden).isPositive();
    }

    /**
     * Random scenarios: seed 1 in every build (the one where, on 2026-12-03, the greedy rule alone left a closure to
     * DROPOUT fixed, closed by nested sums), more on demand ({@code mvn -pl reporting-service test
     * -Dtest=DisclosureAuditTest -Daudit.seeds=6}, a minute or so of linear programs each).
     */
    @Test
    void randomScenariosLeaveNoHiddenCellRecoverable() {
        int seeds = Integer.getInteger("audit.seeds", 1);
        int hidden = 0;
        int checked = 0;
        int solved = 0;
        List<String> failures = new ArrayList<>();
        for (long seed = 1; seed <= seeds; seed++) {
            Audit audit = run(random(new Random(seed)));
            hidden += audit.hidden;
            checked += audit.cells;
            solved += audit.nonZeroSolved;
            audit.failures.forEach(failure -> failures.add(failure));
        }
        System.out.printf("disclosure audit: %d seeds, %d published cells, %d hidden, %d small hidden solved, "
                + "%d recoverable%n", seeds, checked, hidden, solved, failures.size());
        assertThat(failures).isEmpty();
        assertThat(hidden).isPositive();
    }

    /**
     * A platform's figures as {carried over from the year before, started, closed to each of OUTCOMES} for women, the
     * same shifted for men; here one array per year: carried, started, and the five outcomes' closures for women, men
     * getting one more start and one fewer closure to work where possible.
     */
    private static Map<String, Map<Integer, Map<String, long[]>>> scenario(Map<String, Map<String, long[]>> given) {
        Map<String, Map<Integer, Map<String, long[]>>> scenario = new HashMap<>();
        given.forEach((platform, years) -> {
            Map<Integer, Map<String, long[]>> byYear = new HashMap<>();
            years.forEach((year, women) -> {
                long[] men = women.clone();
                men[1] += 1;
                men[2] = Math.max(0, men[2] - 1);
                byYear.put(Integer.parseInt(year), Map.of("WOMAN", women, "MAN", men));
            });
            scenario.put(platform, byYear);
        });
        return scenario;
    }

    private static Map<String, Map<Integer, Map<String, long[]>>> random(Random random) {
        Map<String, Map<Integer, Map<String, long[]>>> scenario = new HashMap<>();
        for (String platform : PLATFORMS) {
            if (random.nextInt(3) == 0) {
                continue; // a platform without figures
            }
            Map<Integer, Map<String, long[]>> byYear = new HashMap<>();
            for (int year : YEARS) {
                Map<String, long[]> byGender = new HashMap<>();
                for (String gender : List.of("WOMAN", "MAN")) {
                    long[] cells = new long[2 + OUTCOMES.size()];
                    cells[0] = random.nextInt(7);
                    cells[1] = random.nextInt(9);
                    for (int o = 0; o < OUTCOMES.size(); o++) {
                        cells[2 + o] = random.nextInt(4) == 0 ? random.nextInt(8) : random.nextInt(3);
                    }
                    byGender.put(gender, cells);
                }
                byYear.put(year, byGender);
            }
            scenario.put(platform, byYear);
        }
        return scenario;
    }

    /** Registers the scenario with the scoring stub, fetches everything as a BI reader and as an analyst, audits. */
    private Audit run(Map<String, Map<Integer, Map<String, long[]>>> scenario) {
        // only this scenario's figures: nothing another test registered (a unit group's own answer included)
        ScoringStub.restore(Map.of());
        ScoringStub.answerActivity(2019, 2020);
        Demo.upload(2019, 2020);
        Map<Integer, Map<String, Long>> groupRespondents = new HashMap<>();
        Map<Integer, Map<String, Integer>> answeringPlatforms = new HashMap<>();
        for (String platform : PLATFORMS) {
            Map<Integer, Map<String, long[]>> byYear = scenario.getOrDefault(platform, Map.of());
            Map<String, Long> remaining = new HashMap<>();
            for (int year : YEARS) {
                Map<String, long[]> byGender = byYear.get(year);
                if (byGender == null) {
                    continue;
                }
                StringBuilder json = new StringBuilder("{\"groups\": {");
                Map<String, Long> totals = new TreeMap<>();
                Map<String, Long> outcomeTotals = new TreeMap<>();
                for (String gender : List.of("WOMAN", "MAN")) {
                    long[] cells = byGender.get(gender);
                    // the year before's remaining are this year's carried over, as in scoring
                    long carried = remaining.getOrDefault(gender, cells[0]);
                    long participants = carried + cells[1];
                    Map<String, Long> outcomes = new LinkedHashMap<>();
                    long closed = 0;
                    for (int o = 0; o < OUTCOMES.size(); o++) {
                        long closures = Math.min(cells[2 + o], participants - closed);
                        outcomes.put(OUTCOMES.get(o), closures);
                        closed += closures;
                    }
                    remaining.put(gender, participants - closed);
                    Map<String, Long> group = new LinkedHashMap<>();
                    group.put("participants", participants);
                    group.put("persons", participants);
                    group.put("started", cells[1]);
                    group.put("referrals", cells[1] + cells[0] % 3);
                    group.put("preparationYes", cells[2] + cells[3]);
                    group.put("preparationNo", cells[4] % 3);
                    group.put("closed", closed);
                    group.put("remaining", participants - closed);
                    group.forEach((name, value) -> totals.merge(name, value, Long::sum));
                    outcomes.forEach((name, value) -> outcomeTotals.merge(name, value, Long::sum));
                    json.append(groupJson(gender, group, outcomes)).append(',');
                }
                json.append(groupJson("TOTAL", totals, outcomeTotals)).append("}}");
                ScoringStub.answer(List.of(platform), year + "-01-01", year + "-12-31", null, json.toString());
                ScoringStub.answer(List.of(platform), year + "-01-01", year + "-12-31", TAG,
                        tagged(json.toString()));
                Map<String, Long> respondents = respondents(json.toString());
                ScoringStub.answerSurveys(List.of(platform), year + "-01-01", year + "-12-31",
                        surveys(respondents));
                groupRespondents.computeIfAbsent(year, y -> new TreeMap<>())
                        .putAll(sum(groupRespondents.getOrDefault(year, Map.of()), respondents));
                respondents.forEach((gender, count) -> {
                    if (count > 0) {
                        answeringPlatforms.computeIfAbsent(year, y -> new TreeMap<>()).merge(gender, 1, Integer::sum);
                    }
                });
            }
        }
        // the unit group's survey counts: its platforms' together, less one woman and one man who each answered for
        // two platforms (a response covering several platforms counts once for the group)
        groupRespondents.forEach((year, respondents) -> {
            Map<String, Long> once = new TreeMap<>(respondents);
            for (String gender : List.of("WOMAN", "MAN")) {
                if (answeringPlatforms.getOrDefault(year, Map.of()).getOrDefault(gender, 0) >= 2) {
                    once.merge(gender, -1L, Long::sum);
                }
            }
            once.put("TOTAL", once.get("WOMAN") + once.get("MAN"));
            ScoringStub.answerSurveys(PLATFORMS, year + "-01-01", year + "-12-31", surveys(once));
        });
        long started = System.nanoTime();
        String reader = LocalStackTestResource.tokens().biReader(Demo.ASSOCIATION);
        String analyst = LocalStackTestResource.tokens().analyst(Demo.ASSOCIATION);
        Map<String, Long> published = new HashMap<>();
        Map<String, Long> truth = new HashMap<>();
        Set<String> secret = new HashSet<>();
        List<String> units = new ArrayList<>(PLATFORMS);
        units.add(GROUP);
        Map<Integer, JsonPath> models = new HashMap<>();
        for (int year : YEARS) {
            models.put(year, JsonPath.from(Demo.goalModel(year)));
            for (String unit : units) {
                fetch(reader, unit, year, published, secret);
                fetch(analyst, unit, year, truth, null);
            }
        }
        long fetched = System.nanoTime();
        List<Identity> identities = identities(units, models, truth);
        // the audit's own check: every identity it attacks with holds on the analyst's figures (others are 0 here)
        for (Identity identity : identities) {
            long sum = 0;
            boolean known = true;
            for (Map.Entry<String, Integer> term : identity.terms().entrySet()) {
                Long value = term.getKey().endsWith(".others") && term.getKey().contains("/v/") ? Long.valueOf(0)
                        : truth.get(term.getKey());
                if (value == null) {
                    known = false;
                    break;
                }
                sum += term.getValue() * value;
            }
            if (known) {
                assertThat(identity.atMost() ? sum <= 0 : sum == 0).as("identity %s on the analyst's figures",
                        identity.terms()).isTrue();
            }
        }
        Audit audit = audit(published, truth, secret, identities);
        System.out.printf("audit: %d cells, %d hidden, %d hidden zeros recovered as 0, %d small ones solved as LPs, "
                + "%d recoverable%n", audit.cells, audit.hidden, audit.zerosFixed, audit.nonZeroSolved,
                audit.failures.size());
        System.out.printf("audit: fetched in %d ms, solved in %d ms%n", (fetched - started) / 1_000_000,
                (System.nanoTime() - fetched) / 1_000_000);
        return audit;
    }

    /**
     * The figures of the participants with the tag: about half of every count (rounded up), so that small counts
     * abound; what the tagged indicators of the goal model are computed from.
     */
    private static String tagged(String untagged) {
        JsonPath figures = JsonPath.from(untagged);
        StringBuilder json = new StringBuilder("{\"groups\": {");
        List<String> parts = new ArrayList<>();
        Map<String, Long> totals = new TreeMap<>();
        Map<String, Long> outcomeTotals = new TreeMap<>();
        for (String gender : List.of("WOMAN", "MAN")) {
            Map<String, Long> outcomes = new LinkedHashMap<>();
            long closed = 0;
            for (String outcome : OUTCOMES) {
                long all = figures.getLong("groups." + gender + ".closedByOutcome." + outcome);
                outcomes.put(outcome, all - all / 2);
                closed += all - all / 2;
            }
            long remaining = figures.getLong("groups." + gender + ".remaining");
            long started = figures.getLong("groups." + gender + ".started");
            Map<String, Long> group = new LinkedHashMap<>();
            group.put("participants", closed + remaining - remaining / 2);
            group.put("persons", closed + remaining - remaining / 2);
            group.put("started", Math.min(started - started / 2, closed + remaining - remaining / 2));
            group.put("referrals", 0L);
            group.put("preparationYes", 0L);
            group.put("preparationNo", 0L);
            group.put("closed", closed);
            group.put("remaining", remaining - remaining / 2);
            group.forEach((name, value) -> totals.merge(name, value, Long::sum));
            outcomes.forEach((name, value) -> outcomeTotals.merge(name, value, Long::sum));
            parts.add(groupJson(gender, group, outcomes));
        }
        parts.add(groupJson("TOTAL", totals, outcomeTotals));
        return json.append(String.join(",", parts)).append("}}").toString();
    }

    /** Participants who answered the survey: two of three closures (rounded up), by gender and in total. */
    private static Map<String, Long> respondents(String volume) {
        JsonPath figures = JsonPath.from(volume);
        Map<String, Long> respondents = new TreeMap<>();
        for (String gender : List.of("WOMAN", "MAN")) {
            long closed = figures.getLong("groups." + gender + ".closed");
            respondents.put(gender, closed - closed / 3);
        }
        respondents.put("TOTAL", respondents.get("WOMAN") + respondents.get("MAN"));
        return respondents;
    }

    private static Map<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> sum = new TreeMap<>(a);
        b.forEach((key, value) -> sum.merge(key, value, Long::sum));
        return sum;
    }

    /**
     * Scoring's survey figures for participant respondents: every respondent answered every participant question of
     * the demo's models; about half of them (rounded up) positively, the rest not.
     */
    private static String surveys(Map<String, Long> respondents) {
        List<String> questions = new ArrayList<>();
        for (String code : List.of("NNS-1", "NNS-2", "NNS-4", "UMEA-1.9")) {
            Map<String, Long> positive = new TreeMap<>();
            Map<String, Long> negative = new TreeMap<>();
            respondents.forEach((gender, count) -> {
                if (!gender.equals("TOTAL")) {
                    positive.put(gender, count - count / 2);
                    negative.put(gender, count / 2);
                }
            });
            positive.put("TOTAL", positive.values().stream().mapToLong(Long::longValue).sum());
            negative.put("TOTAL", negative.values().stream().mapToLong(Long::longValue).sum());
            boolean yesNo = code.equals("UMEA-1.9");
            // UMEA-1.9 counts NO as positive in the models
            questions.add("{\"question\": \"" + code + "\", \"answered\": " + counts(respondents)
                    + ", \"answers\": {\"" + (yesNo ? "NO" : "5") + "\": " + counts(positive) + ", \""
                    + (yesNo ? "YES" : "2") + "\": " + counts(negative) + "}}");
        }
        return "{\"groups\": [{\"respondentGroup\": \"PARTICIPANT\", \"respondents\": " + counts(respondents)
                + ", \"questions\": [" + String.join(", ", questions) + "]}]}";
    }

    private static String counts(Map<String, Long> counts) {
        return "{" + String.join(", ", counts.entrySet().stream()
                .map(entry -> "\"" + entry.getKey() + "\": " + entry.getValue()).toList()) + "}";
    }

    private static String groupJson(String gender, Map<String, Long> group, Map<String, Long> outcomes) {
        StringBuilder json = new StringBuilder("\"" + gender + "\": {");
        group.forEach((name, value) -> json.append('"').append(name).append("\": ").append(value).append(", "));
        json.append("\"closedByOutcome\": {");
        json.append(String.join(", ", outcomes.entrySet().stream()
                .map(entry -> "\"" + entry.getKey() + "\": " + entry.getValue()).toList()));
        return json.append("}, \"followUps\": []}").toString();
    }

    /** Every count of the unit's volume table and goal fulfilment, by cell name; null where hidden. */
    private static void fetch(String token, String unit, int year, Map<String, Long> cells, Set<String> secret) {
        if (secret == null) {
            fetch(token, unit, year, cells, new HashSet<>());
            return;
        }
        String prefix = unit + "/" + year + "/";
        JsonPath volume = Api.as(token).queryParam("associationId", Demo.ASSOCIATION).queryParam("unit", unit)
                .queryParam("year", year).get("/api/v1/reports/volume").then().statusCode(200).extract().jsonPath();
        hiddenCells(volume).forEach(cell -> secret.add(prefix + "v/" + cell));
        for (String row : ROWS) {
            for (String gender : GENDERS) {
                cells.put(prefix + "v/" + row + "." + gender, number(volume.get(row + "." + gender)));
            }
        }
        for (Map<String, Object> row : volume.<Map<String, Object>>getList("closedByOutcome")) {
            for (String gender : GENDERS) {
                cells.put(prefix + "v/closedByOutcome." + row.get("outcome") + "." + gender, number(row.get(gender)));
            }
        }
        for (Map<String, Object> row : volume.<Map<String, Object>>getList("closedByOutcomeGroup")) {
            for (String gender : GENDERS) {
                cells.put(prefix + "v/closedByOutcomeGroup." + row.get("group") + "." + gender,
                        number(row.get(gender)));
            }
        }
        JsonPath fulfilment = Api.as(token).queryParam("associationId", Demo.ASSOCIATION).queryParam("unit", unit)
                .queryParam("year", year).get("/api/v1/reports/goal-fulfilment").then().statusCode(200).extract()
                .jsonPath();
        hiddenCells(fulfilment).forEach(cell -> secret.add(prefix + "f/" + cell));
        for (Map<String, Object> indicator : fulfilment.<Map<String, Object>>getList(
                "goalAreas.goals.flatten().indicators.flatten()")) {
            String id = (String) indicator.get("id");
            cells.put(prefix + "f/" + id + ".numerator.total", number(indicator.get("numerator")));
            cells.put(prefix + "f/" + id + ".denominator.total", number(indicator.get("denominator")));
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> byGender = (Map<String, Map<String, Object>>) indicator.get("byGender");
            if (byGender != null) {
                byGender.forEach((gender, result) -> {
                    cells.put(prefix + "f/" + id + ".numerator." + gender, number(result.get("numerator")));
                    cells.put(prefix + "f/" + id + ".denominator." + gender, number(result.get("denominator")));
                });
            }
        }
    }

    private static List<String> hiddenCells(JsonPath report) {
        List<String> cells = report.getList("suppression.cells", String.class);
        return cells == null ? List.of() : cells;
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** {@code Σ coefficient × cell = 0}, or {@code ≤ 0} for an inequality. */
    record Identity(Map<String, Integer> terms, boolean atMost) {
    }

    private static final class Terms {
        final Map<String, Integer> terms = new LinkedHashMap<>();

        Terms plus(String cell) {
            terms.merge(cell, 1, Integer::sum);
            return this;
        }

        Terms minus(String cell) {
            terms.merge(cell, -1, Integer::sum);
            return this;
        }

        Identity equal() {
            return new Identity(terms, false);
        }

        Identity atMost() {
            return new Identity(terms, true);
        }
    }

    /** What a reader knows ties the published cells together, from the meaning of the figures and the goal model. */
    private static List<Identity> identities(List<String> units, Map<Integer, JsonPath> models, Map<String, Long> truth) {
        List<Identity> identities = new ArrayList<>();
        for (int year : YEARS) {
            JsonPath model = models.get(year);
            Map<String, List<String>> groups = new LinkedHashMap<>();
            for (Map<String, Object> group : model.<Map<String, Object>>getList("outcomeGroups")) {
                @SuppressWarnings("unchecked")
                List<String> outcomes = (List<String>) group.get("outcomes");
                groups.put((String) group.get("id"), outcomes);
            }
            for (String unit : units) {
                String v = unit + "/" + year + "/v/";
                List<String> rows = new ArrayList<>(ROWS);
                for (String outcome : allOutcomes(truth, v)) {
                    rows.add("closedByOutcome." + outcome);
                }
                groups.keySet().forEach(group -> rows.add("closedByOutcomeGroup." + group));
                for (String row : rows) {
                    // total = women + men + others, others unpublished and unknown
                    identities.add(new Terms().plus(v + row + ".total").minus(v + row + ".women").minus(v + row + ".men")
                            .minus(v + row + ".others").equal());
                }
                for (String gender : List.of("women", "men", "total", "others")) {
                    Terms closed = new Terms().plus(v + "closed." + gender);
                    allOutcomes(truth, v).forEach(outcome -> closed.minus(v + "closedByOutcome." + outcome + "." + gender));
                    identities.add(closed.equal());
                    identities.add(new Terms().plus(v + "participants." + gender).minus(v + "closed." + gender)
                            .minus(v + "remaining." + gender).equal());
                    identities.add(new Terms().plus(v + "persons." + gender).minus(v + "participants." + gender).atMost());
                    groups.forEach((group, outcomes) -> {
                        Terms sum = new Terms().plus(v + "closedByOutcomeGroup." + group + "." + gender);
                        outcomes.forEach(outcome -> sum.minus(v + "closedByOutcome." + outcome + "." + gender));
                        identities.add(sum.equal());
                    });
                    if (year > YEARS.get(0)) {
                        identities.add(new Terms().plus(v + "participants." + gender)
                                .minus(unit + "/" + (year - 1) + "/v/remaining." + gender).minus(v + "started." + gender)
                                .equal());
                    }
                    if (unit.equals(GROUP)) {
                        for (String row : rows) {
                            Terms sum = new Terms().plus(v + row + "." + gender);
                            PLATFORMS.forEach(platform -> sum.minus(platform + "/" + year + "/v/" + row + "." + gender));
                            // a person on two platforms is one person of the group: persons only ≤
                            identities.add(row.equals("persons") ? sum.atMost() : sum.equal());
                        }
                    }
                    fulfilment(identities, model, groups, unit, year, gender);
                }
            }
        }
        return identities;
    }

    private static List<String> allOutcomes(Map<String, Long> cells, String prefix) {
        return cells.keySet().stream().filter(name -> name.startsWith(prefix + "closedByOutcome."))
                .map(name -> name.substring((prefix + "closedByOutcome.").length(), name.lastIndexOf('.'))).distinct()
                .toList();
    }

    /** Each indicator's counts are the volume counts its definition names. */
    private static void fulfilment(List<Identity> identities, JsonPath model, Map<String, List<String>> groups,
            String unit, int year, String gender) {
        String v = unit + "/" + year + "/v/";
        String f = unit + "/" + year + "/f/";
        for (Map<String, Object> indicator : model.<Map<String, Object>>getList(
                "goalAreas.goals.flatten().indicators.flatten()")) {
            String id = (String) indicator.get("id");
            String numerator = f + id + ".numerator." + gender;
            String denominator = f + id + ".denominator." + gender;
            if (indicator.get("profileTag") != null) {
                tagged(identities, indicator, groups, unit, year, gender);
                continue;
            }
            switch ((String) indicator.get("kind")) {
                case "CLOSURE_SHARE" -> {
                    identities.add(new Terms().plus(numerator)
                            .minus(v + "closedByOutcomeGroup." + indicator.get("numeratorOutcomeGroup") + "." + gender)
                            .equal());
                    String base = indicator.get("denominatorOutcomeGroup") == null ? v + "closed." + gender
                            : v + "closedByOutcomeGroup." + indicator.get("denominatorOutcomeGroup") + "." + gender;
                    identities.add(new Terms().plus(denominator).minus(base).equal());
                }
                case "THROUGHPUT" -> {
                    identities.add(new Terms().plus(numerator).minus(v + "closed." + gender).equal());
                    identities.add(new Terms().plus(denominator).minus(v + "participants." + gender).equal());
                }
                case "COUNT" -> identities.add(new Terms().plus(numerator)
                        .minus(v + measureRow((String) indicator.get("measure")) + "." + gender).equal());
                case "RESPONSE_RATE" -> {
                    if (!gender.equals("others")) {
                        identities.add(new Terms().plus(denominator).minus(v + "closed." + gender).equal());
                    }
                    if (gender.equals("total")) {
                        // respondents: women and men are some of all (the rest is not published)
                        identities.add(new Terms().plus(f + id + ".numerator.women").plus(f + id + ".numerator.men")
                                .minus(f + id + ".numerator.total").atMost());
                    }
                    if (!gender.equals("others") && unit.equals(GROUP)) {
                        // a response covering several platforms counts once for the group: at most the sum
                        Terms sum = new Terms().plus(numerator);
                        PLATFORMS.forEach(platform -> sum.minus(platform + "/" + year + "/f/" + id + ".numerator."
                                + gender));
                        identities.add(sum.atMost());
                    }
                }
                case "SURVEY_SHARE" -> {
                    if (gender.equals("total")) {
                        survey(identities, indicator, model, unit, year);
                    }
                }
                default -> {
                    // follow-ups: none in these scenarios
                }
            }
        }
    }

    /**
     * A survey share's counts: positive answers of those who answered, split by stated gender (all six published),
     * at most the respondents the response rate counts (for participant questions), and a unit group's at most its
     * platforms' together.
     */
    private static void survey(List<Identity> identities, Map<String, Object> indicator, JsonPath model, String unit,
            int year) {
        String f = unit + "/" + year + "/f/";
        String id = (String) indicator.get("id");
        List<String> genders = List.of("women", "men", "other", "unsure", "declined", "notStated");
        String rate = model.<Map<String, Object>>getList("goalAreas.goals.flatten().indicators.flatten()").stream()
                .filter(other -> "RESPONSE_RATE".equals(other.get("kind"))
                        && java.util.Objects.equals(other.get("respondentGroup"), indicator.get("respondentGroup")))
                .map(other -> (String) other.get("id")).findFirst().orElse(null);
        for (String count : List.of("numerator", "denominator")) {
            Terms split = new Terms().plus(f + id + "." + count + ".total");
            genders.forEach(gender -> split.minus(f + id + "." + count + "." + gender));
            identities.add(split.equal());
        }
        for (String gender : java.util.stream.Stream.concat(genders.stream(), java.util.stream.Stream.of("total"))
                .toList()) {
            identities.add(new Terms().plus(f + id + ".numerator." + gender).minus(f + id + ".denominator." + gender)
                    .atMost());
            if (unit.equals(GROUP)) {
                for (String count : List.of("numerator", "denominator")) {
                    Terms sum = new Terms().plus(f + id + "." + count + "." + gender);
                    PLATFORMS.forEach(platform -> sum.minus(platform + "/" + year + "/f/" + id + "." + count + "."
                            + gender));
                    identities.add(sum.atMost());
                }
            }
            if (rate != null && List.of("women", "men", "total").contains(gender)) {
                identities.add(new Terms().plus(f + id + ".denominator." + gender)
                        .minus(f + rate + ".numerator." + gender).atMost());
            }
        }
    }

    /**
     * A tagged indicator's counts: its gender split adds up (others are published in fulfilment), its numerator is at
     * most its denominator, both are at most the untagged volume counts its definition names (the tagged participants
     * are some of all), and a unit group's are its platforms' together (episodes add up).
     */
    private static void tagged(List<Identity> identities, Map<String, Object> indicator,
            Map<String, List<String>> groups, String unit, int year, String gender) {
        if (!"CLOSURE_SHARE".equals(indicator.get("kind"))) {
            return; // the demo's models tag closure shares only
        }
        String v = unit + "/" + year + "/v/";
        String f = unit + "/" + year + "/f/";
        String id = (String) indicator.get("id");
        for (String count : List.of("numerator", "denominator")) {
            if (gender.equals("total")) {
                identities.add(new Terms().plus(f + id + "." + count + ".total").minus(f + id + "." + count + ".women")
                        .minus(f + id + "." + count + ".men").minus(f + id + "." + count + ".others").equal());
            }
            if (unit.equals(GROUP)) {
                Terms sum = new Terms().plus(f + id + "." + count + "." + gender);
                PLATFORMS.forEach(platform -> sum.minus(platform + "/" + year + "/f/" + id + "." + count + "." + gender));
                identities.add(sum.equal());
            }
        }
        identities.add(new Terms().plus(f + id + ".numerator." + gender).minus(f + id + ".denominator." + gender)
                .atMost());
        identities.add(new Terms().plus(f + id + ".numerator." + gender)
                .minus(v + "closedByOutcomeGroup." + indicator.get("numeratorOutcomeGroup") + "." + gender).atMost());
        String base = indicator.get("denominatorOutcomeGroup") == null ? v + "closed." + gender
                : v + "closedByOutcomeGroup." + indicator.get("denominatorOutcomeGroup") + "." + gender;
        identities.add(new Terms().plus(f + id + ".denominator." + gender).minus(base).atMost());
    }

    private static String measureRow(String measure) {
        return switch (measure) {
            case "PARTICIPANTS" -> "participants";
            case "STARTED" -> "started";
            case "REFERRALS" -> "referrals";
            case "PREPARATION_YES" -> "preparationYes";
            case "PREPARATION_NO" -> "preparationNo";
            case "CLOSED" -> "closed";
            default -> "remaining";
        };
    }

    static final class Audit {
        int cells;
        int hidden;
        int zerosFixed;
        int nonZeroSolved;
        final List<String> failures = new ArrayList<>();
    }

    /**
     * Substitutes the published values into the identities, splits the hidden cells into groups tied by some
     * identity, and bounds each hidden cell by minimising and maximising it over its group's identities (every cell
     * ≥ 0).
     */
    private static Audit audit(Map<String, Long> published, Map<String, Long> truth, Set<String> secret,
            List<Identity> identities) {
        Audit audit = new Audit();
        audit.cells = published.size();
        // the cells the protection hid; a count left out only because its result is withheld with a hidden partner
        // (a share's denominator beside a hidden numerator) is an unknown too, but no secret: it is published elsewhere
        List<String> hidden = published.entrySet().stream()
                .filter(cell -> cell.getValue() == null && truth.get(cell.getKey()) != null)
                .map(Map.Entry::getKey).filter(secret::contains).toList();
        audit.hidden = hidden.size();
        // unknowns: hidden cells and every cell nobody publishes (the others of the volume rows)
        Map<String, String> parent = new HashMap<>();
        List<Map.Entry<Map<String, Integer>, double[]>> reduced = new ArrayList<>();
        List<Boolean> atMost = new ArrayList<>();
        for (Identity identity : identities) {
            Map<String, Integer> unknown = new LinkedHashMap<>();
            double constant = 0;
            boolean usable = true;
            for (Map.Entry<String, Integer> term : identity.terms().entrySet()) {
                String cell = term.getKey();
                if (published.containsKey(cell) && published.get(cell) != null) {
                    constant -= term.getValue() * published.get(cell);
                } else if (published.containsKey(cell) || cell.endsWith(".others") && cell.contains("/v/")) {
                    unknown.merge(cell, term.getValue(), Integer::sum);
                } else {
                    usable = false; // a cell of a table the reader cannot fetch here (an indicator not applying)
                }
            }
            if (!usable || unknown.isEmpty()) {
                continue;
            }
            reduced.add(Map.entry(unknown, new double[] { constant }));
            atMost.add(identity.atMost());
            String first = unknown.keySet().iterator().next();
            unknown.keySet().forEach(cell -> union(parent, first, cell));
        }
        // what one identity with one unknown fixes is fixed outright; substitute it everywhere, until nothing changes
        Map<String, Double> fixed = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < reduced.size(); i++) {
                Map<String, Integer> unknown = reduced.get(i).getKey();
                if (atMost.get(i) || unknown.size() != 1) {
                    continue;
                }
                Map.Entry<String, Integer> only = unknown.entrySet().iterator().next();
                double value = reduced.get(i).getValue()[0] / only.getValue();
                fixed.put(only.getKey(), value);
                for (Map.Entry<Map<String, Integer>, double[]> constraint : reduced) {
                    Integer coefficient = constraint.getKey().remove(only.getKey());
                    if (coefficient != null) {
                        constraint.getValue()[0] -= coefficient * value;
                    }
                }
                changed = true;
            }
        }
        for (String cell : hidden) {
            long value = truth.get(cell);
            if (fixed.containsKey(cell)) {
                if (value > 0) {
                    audit.failures.add(cell + " = " + value + " fixed by one identity to " + fixed.get(cell));
                } else {
                    audit.zerosFixed++;
                }
                continue;
            }
            if (value < 1 || value > THRESHOLD) {
                // a hidden zero gives nobody away, nor does a larger count hidden beside a small one: what must not
                // be recovered, or narrowed to 1..threshold, are the small counts themselves
                continue;
            }
            audit.nonZeroSolved++;
            String root = find(parent, cell);
            List<String> variables = new ArrayList<>();
            List<LinearConstraint> constraints = new ArrayList<>();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < reduced.size(); i++) {
                Map<String, Integer> unknown = reduced.get(i).getKey();
                if (unknown.isEmpty() || !find(parent, unknown.keySet().iterator().next()).equals(root)) {
                    continue;
                }
                unknown.keySet().forEach(name -> index.computeIfAbsent(name, key -> {
                    variables.add(key);
                    return variables.size() - 1;
                }));
            }
            if (!index.containsKey(cell)) {
                continue; // in no identity: nothing bounds it
            }
            for (int i = 0; i < reduced.size(); i++) {
                Map<String, Integer> unknown = reduced.get(i).getKey();
                if (unknown.isEmpty() || !index.containsKey(unknown.keySet().iterator().next())) {
                    continue;
                }
                double[] coefficients = new double[variables.size()];
                unknown.forEach((name, coefficient) -> coefficients[index.get(name)] = coefficient);
                constraints.add(new LinearConstraint(coefficients, atMost.get(i) ? Relationship.LEQ : Relationship.EQ,
                        reduced.get(i).getValue()[0]));
            }
            double low = bound(variables.size(), index.get(cell), constraints, GoalType.MINIMIZE);
            double high = bound(variables.size(), index.get(cell), constraints, GoalType.MAXIMIZE);
            boolean determined = high - low < 0.5;
            boolean small = low > 0.5 && high < THRESHOLD + 0.5;
            if (determined || small) {
                audit.failures.add(cell + " = " + truth.get(cell) + " recoverable as [" + low + ", " + high + "]");
                if (System.getenv("AUDIT_DEBUG") != null) {
                    for (int i = 0; i < reduced.size(); i++) {
                        Map<String, Integer> unknown = reduced.get(i).getKey();
                        if (!unknown.isEmpty() && index.containsKey(unknown.keySet().iterator().next())) {
                            StringBuilder line = new StringBuilder("REDUCED " + (atMost.get(i) ? "<= " : "== ")
                                    + reduced.get(i).getValue()[0] + " :");
                            unknown.forEach((name, coefficient) -> line.append(coefficient > 0 ? " +" : " -")
                                    .append(name).append('[').append(truth.get(name)).append(']'));
                            System.out.println(line);
                        }
                    }
                    for (Identity identity : identities) {
                        if (identity.terms().containsKey(cell)) {
                            StringBuilder line = new StringBuilder(identity.atMost() ? "<= " : "== ");
                            identity.terms().forEach((name, coefficient) -> line.append(coefficient > 0 ? " +" : " -")
                                    .append(name).append('[').append(published.get(name)).append('/')
                                    .append(truth.get(name)).append(']'));
                            System.out.println("AUDIT " + line);
                        }
                    }
                }
            }
        }
        return audit;
    }

    private static double bound(int size, int variable, List<LinearConstraint> constraints, GoalType goal) {
        double[] objective = new double[size];
        objective[variable] = 1;
        try {
            return new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(objective, 0),
                    new LinearConstraintSet(constraints), goal, new NonNegativeConstraint(true)).getValue();
        } catch (UnboundedSolutionException e) {
            return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
    }

    private static String find(Map<String, String> parent, String cell) {
        String root = cell;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String rootA = find(parent, a);
        String rootB = find(parent, b);
        if (!rootA.equals(rootB)) {
            parent.put(rootA, rootB);
        }
    }
}
