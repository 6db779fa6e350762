package se.bokslut.reporting.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import se.bokslut.reporting.background.BackgroundReport.Population;
import se.bokslut.reporting.background.BackgroundReport.Row;
import se.bokslut.reporting.figures.BackgroundFigures;
import se.bokslut.reporting.figures.BackgroundFigures.Closures;
import se.bokslut.reporting.figures.BackgroundFigures.Group;
import se.bokslut.reporting.period.Period;
import se.bokslut.reporting.reference.Unit;
import se.bokslut.reporting.report.ReportScope;

/** The BI reader's background report over figures drawn at random: rich in small cells. */
class BackgroundTableTest {

    private static final int THRESHOLD = 4;
    private static final List<String> AGES = List.of("UNDER_16", "16_19", "20_24", "25_29", "30_39", "40_49", "50_59",
            "60_64", "65_PLUS", "UNKNOWN");
    private static final List<String> EDUCATION = List.of("COMPULSORY", "UPPER_SECONDARY", "UNKNOWN");
    private static final List<String> YEARS = List.of("0", "1_3", "4_6", "7_PLUS", "UNKNOWN");
    private static final List<String> PLACES = List.of("2480", "2460", "2404", "UNKNOWN");
    private static final ReportScope SCOPE = new ReportScope("umearegionen",
            new Unit("p", "P", Unit.Kind.PLATFORM, List.of("p")), Period.year(2019), Optional.empty());

    @Test
    void noSmallCountIsShownAndNoHiddenCellIsAloneInAPartition() {
        Random random = new Random(12);
        for (int round = 0; round < 300; round++) {
            BackgroundReport report = BackgroundTable.protect(
                    BackgroundReportService.report(SCOPE, figures(random)), THRESHOLD);
            for (Population population : List.of(report.participants(), report.started())) {
                List<Row> all = new ArrayList<>(List.of(population.persons(), population.episodes(),
                        population.reReferredPersons()));
                all.addAll(population.ageAtStart());
                all.addAll(population.education());
                all.addAll(population.incomeSupport());
                all.addAll(population.yearsOnPublicSupport());
                all.addAll(population.municipality());
                for (Row row : all) {
                    for (Long value : new Long[] { row.women(), row.men(), row.total() }) {
                        assertThat(value == null || value == 0 || value > THRESHOLD).as("shown %s", row).isTrue();
                    }
                    assertThat(row.women() != null || row.womenPercent() == null).isTrue();
                    assertThat(row.total() != null || row.totalPercent() == null).isTrue();
                }
                for (Function<Row, Long> gender : List.<Function<Row, Long>> of(Row::women, Row::men, Row::total)) {
                    if (gender.apply(population.persons()) != null) {
                        for (List<Row> partition : List.of(population.ageAtStart(), population.education(),
                                population.yearsOnPublicSupport(), population.municipality())) {
                            long hidden = partition.stream().filter(row -> gender.apply(row) == null).count();
                            assertThat(hidden).as("hidden parts of a partition with its total shown").isNotEqualTo(1);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aFewPersonsWithTwoEpisodesHideThePersonsNotTheEpisodes() {
        BackgroundFigures figures = new BackgroundFigures("umearegionen", List.of("p"), null, null, Map.of(
                "WOMAN", group(population(40, 42)), "MAN", group(population(30, 30)),
                "TOTAL", group(population(70, 72))));

        BackgroundReport shown = BackgroundTable.protect(BackgroundReportService.report(SCOPE, figures),
                THRESHOLD);

        assertThat(shown.participants().episodes().total()).isEqualTo(72);
        assertThat(shown.participants().persons().total()).isNull();
        assertThat(shown.participants().persons().women()).isNull();
    }

    private static BackgroundFigures figures(Random random) {
        Map<String, Group> groups = new LinkedHashMap<>();
        BackgroundFigures.Population women = population(random);
        BackgroundFigures.Population men = population(random);
        groups.put("WOMAN", group(women));
        groups.put("MAN", group(men));
        groups.put("TOTAL", group(sum(women, men)));
        return new BackgroundFigures("umearegionen", List.of("p"), null, null, groups);
    }

    private static BackgroundFigures.Population population(Random random) {
        int persons = random.nextInt(25);
        return new BackgroundFigures.Population(persons, persons + random.nextInt(6), random.nextInt(persons + 1),
                spread(random, persons, AGES), spread(random, persons, EDUCATION),
                Map.of("SOCIAL_ASSISTANCE", (long) random.nextInt(persons + 1), "NONE", (long) random.nextInt(persons + 1)),
                spread(random, persons, YEARS), spread(random, persons, PLACES));
    }

    private static BackgroundFigures.Population population(long persons, long episodes) {
        return new BackgroundFigures.Population(persons, episodes, 0, Map.of("20_24", persons), Map.of("UNKNOWN", persons),
                Map.of("NONE", persons), Map.of("0", persons), Map.of("2480", persons));
    }

    private static Map<String, Long> spread(Random random, int persons, List<String> keys) {
        Map<String, Long> counts = new LinkedHashMap<>();
        keys.forEach(key -> counts.put(key, 0L));
        for (int i = 0; i < persons; i++) {
            counts.merge(keys.get(random.nextInt(keys.size())), 1L, Long::sum);
        }
        return counts;
    }

    private static BackgroundFigures.Population sum(BackgroundFigures.Population a, BackgroundFigures.Population b) {
        return new BackgroundFigures.Population(a.persons() + b.persons(), a.episodes() + b.episodes(),
                a.reReferredPersons() + b.reReferredPersons(), add(a.ageAtStart(), b.ageAtStart()),
                add(a.education(), b.education()), add(a.incomeSupport(), b.incomeSupport()),
                add(a.yearsOnPublicSupport(), b.yearsOnPublicSupport()), add(a.municipality(), b.municipality()));
    }

    private static Map<String, Long> add(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> sum = new LinkedHashMap<>(a);
        b.forEach((key, value) -> sum.merge(key, value, Long::sum));
        return sum;
    }

    private static Group group(BackgroundFigures.Population population) {
        return new Group(population, population, Map.of(),
                new Closures(0, Map.of(), Map.of(), null, null, List.of()));
    }
}
