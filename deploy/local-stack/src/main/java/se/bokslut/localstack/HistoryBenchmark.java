package se.bokslut.localstack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The cost of a year's report against the history stored before it: two associations hold the same episodes active
 * in 2025, one with the nine years before it and one without. Their 2025 reports must be equal, and the one with
 * history should cost no more than the one without.
 */
final class HistoryBenchmark {

    static final int LAST_YEAR = 2025;
    static final int YEARS = 10;

    /** Median and p99 of one report of each association, in microseconds. */
    record Result(String report, long persons, long[] oneYear, long[] tenYears) {

        double ratio() {
            return (double) tenYears[0] / oneYear[0];
        }
    }

    private final BokslutSystem system;

    HistoryBenchmark(BokslutSystem system) {
        this.system = system;
    }

    List<Result> measure(int startsPerYear) {
        List<Map<String, Object>> history = new ArrayList<>();
        List<Map<String, Object>> lastYear = new ArrayList<>();
        ParticipantEventFactory tenYears = new ParticipantEventFactory("historia", "history-10");
        ParticipantEventFactory oneYear = new ParticipantEventFactory("ettar", "history-1");
        long activeInLastYear = 0;
        for (int year = LAST_YEAR - YEARS + 1; year <= LAST_YEAR; year++) {
            for (int i = 0; i < startsPerYear; i++) {
                String person = year + "-" + i;
                LocalDate started = LocalDate.of(year, 1, 1).plusDays(i * 364L / startsPerYear);
                LocalDate closed = started.plusDays(60 + (i * 37L) % 600);
                boolean closes = !closed.isAfter(LocalDate.of(LAST_YEAR, 12, 31));
                boolean active = closed.getYear() >= LAST_YEAR || !closes;
                String gender = i % 5 < 2 ? "WOMAN" : i % 5 < 4 ? "MAN" : "OTHER";
                String outcome = List.of("WORK", "STUDIES", "JOB_SEEKING", "DROPOUT", "OTHER_REHABILITATION")
                        .get(i % 5);
                for (ParticipantEventFactory factory : active ? List.of(tenYears, oneYear) : List.of(tenYears)) {
                    List<Map<String, Object>> into = factory == tenYears ? history : lastYear;
                    into.add(factory.started("a", person, started, gender, year - 18 - i % 40,
                            List.of("2480", "2460", "2404", "2401").get(i % 4),
                            List.of("COMPULSORY", "UPPER_SECONDARY", "UNKNOWN").get(i % 3),
                            i % 7 == 0 ? List.of("NONE") : List.of("SOCIAL_ASSISTANCE"), i % 9, List.of()));
                    if (closes) {
                        into.add(factory.closed("a", person, closed, outcome));
                    }
                }
                if (active) {
                    activeInLastYear++;
                }
            }
        }
        HttpJson.Client analystTen = load("historia", history);
        HttpJson.Client analystOne = load("ettar", lastYear);
        String background = "/api/v1/reports/background?unit=a&year=" + LAST_YEAR + "&associationId=";
        String volume = "/api/v1/reports/volume?unit=a&year=" + LAST_YEAR + "&associationId=";
        awaitPersons(analystTen, background + "historia", activeInLastYear);
        awaitPersons(analystOne, background + "ettar", activeInLastYear);

        JsonNode ten = analystTen.get(system.reporting().url() + background + "historia").expect(200).json();
        JsonNode one = analystOne.get(system.reporting().url() + background + "ettar").expect(200).json();
        if (!ten.path("participants").equals(one.path("participants"))
                || !ten.path("closures").equals(one.path("closures"))) {
            throw new IllegalStateException("the 2025 background differs with history stored before it");
        }
        List<Result> results = new ArrayList<>();
        for (String report : List.of(background, volume)) {
            long[][] both = latency(analystOne, report + "ettar", analystTen, report + "historia");
            results.add(new Result(report.substring("/api/v1/reports/".length(), report.indexOf('?')),
                    activeInLastYear, both[0], both[1]));
        }
        return results;
    }

    private HttpJson.Client load(String association, List<Map<String, Object>> events) {
        HttpJson.Client analyst = HttpJson.as(system.tokens().analyst(association));
        analyst.put(system.reporting().url() + "/api/v1/associations/" + association, """
                {"name": "%s", "platforms": [{"id": "a", "name": "A"}]}""".formatted(association)).expect(200);
        HttpJson.Client caseSystem = HttpJson.as(system.tokens().caseSystem(association, "a"));
        DemoLoader.awaitIntakeKnows(system.intake().url(), association, "a", caseSystem);
        DemoLoader.postInBatches(system.intake().url() + "/api/v1/participant-events/batch", events, caseSystem);
        return analyst;
    }

    private void awaitPersons(HttpJson.Client analyst, String path, long persons) {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (analyst.get(system.reporting().url() + path).json().path("participants").path("persons")
                .path("total").asLong() < persons) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("scoring did not count " + persons + " persons for " + path);
            }
            sleep(200);
        }
    }

    /**
     * Median and p99 of 200 requests of each report, taken in turns so that warm-up and background work fall on
     * both alike, after 20 of each to warm up; in microseconds.
     */
    private long[][] latency(HttpJson.Client first, String firstPath, HttpJson.Client second, String secondPath) {
        String firstUrl = system.reporting().url() + firstPath;
        String secondUrl = system.reporting().url() + secondPath;
        for (int i = 0; i < 20; i++) {
            first.get(firstUrl).expect(200);
            second.get(secondUrl).expect(200);
        }
        long[] a = new long[200];
        long[] b = new long[200];
        for (int i = 0; i < a.length; i++) {
            long start = System.nanoTime();
            first.get(firstUrl).expect(200);
            a[i] = (System.nanoTime() - start) / 1_000;
            start = System.nanoTime();
            second.get(secondUrl).expect(200);
            b[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(a);
        Arrays.sort(b);
        return new long[][] { { a[a.length / 2], a[a.length * 99 / 100] }, { b[b.length / 2], b[b.length * 99 / 100] } };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
