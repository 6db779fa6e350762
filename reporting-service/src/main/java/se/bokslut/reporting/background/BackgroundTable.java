package se.bokslut.reporting.background;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.bokslut.reporting.background.BackgroundReport.Closures;
import se.bokslut.reporting.background.BackgroundReport.Population;
import se.bokslut.reporting.background.BackgroundReport.Row;
import se.bokslut.reporting.disclosure.Cells;
import se.bokslut.reporting.disclosure.FigureMemo;
import se.bokslut.reporting.disclosure.LinkedTable;
import se.bokslut.reporting.figures.FiguresService;
import se.bokslut.reporting.privacy.Suppression;
import se.bokslut.reporting.report.ReportScope;
import se.bokslut.reporting.volume.FollowUpRow;
import se.bokslut.reporting.volume.GenderSplit;
import se.bokslut.reporting.volume.VolumeReport.DaySplit;

/**
 * The background report as a BI reader may see it: every count from 1 to the threshold hidden, with every cell that
 * would give it away through the report's own ties. The ties declared:
 * <ul>
 * <li>every row: total = women + men + others;</li>
 * <li>each population: persons = Σ age bands = Σ education levels = Σ years-on-support bands = Σ municipalities;
 * persons ⊇ re-referred persons and ⊇ the persons with each kind of income support; episodes ⊇ persons;</li>
 * <li>the participants ⊇ those who started, row by row (the rest are those carried over);</li>
 * <li>referrals = Σ referrers; closures = Σ time bands; a follow-up group's closures ⊇ followed up ⊇ employed.</li>
 * </ul>
 * Percentages are computed again from what is shown, so no share of a hidden count or of a hidden base is published;
 * days in the platform are hidden where the closures are few or hidden. Beside the volume table of the same unit and
 * year, its participants, persons, starts, referrals, closures and follow-ups are the volume table's: tied as one.
 */
@ApplicationScoped
public class BackgroundTable implements LinkedTable<BackgroundReport> {

    private static final List<String> GENDERS = List.of("women", "men", "total");

    @Inject
    FiguresService figures;

    @Override
    public String name() {
        return "background";
    }

    /** The background is read under the year's own goal model only. */
    @Override
    public boolean readUnderOtherModels() {
        return false;
    }

    @Override
    public Optional<BackgroundReport> compute(ReportScope scope, FigureMemo memo) {
        return Optional.of(BackgroundReportService.report(scope, memo.get("background|" + scope.unit().platformIds()
                + "|" + scope.period(), () -> figures.background(scope))));
    }

    static BackgroundReport protect(BackgroundReport report, int threshold) {
        BackgroundTable table = new BackgroundTable();
        Cells cells = Cells.alone(threshold);
        table.declare(report, cells);
        return table.shown(report, cells.protect());
    }

    @Override
    public void declare(BackgroundReport report, Cells counts) {
        new Layout(report, counts).declare();
    }

    @Override
    public BackgroundReport shown(BackgroundReport report, Cells counts) {
        return new Layout(report, counts).shown();
    }

    /** The report's cells by name, read once for declaring and once for showing. */
    private static final class Layout {

    private final BackgroundReport report;
    private final Cells counts;
    private final Map<String, GenderSplit> cells = new LinkedHashMap<>();

    private Layout(BackgroundReport report, Cells counts) {
        this.report = report;
        this.counts = counts;
        cells();
    }

    private void cells() {
        declare("participants", report.participants());
        declare("started", report.started());
        declare("referrals", report.referrals());
        report.referralsByReferrer().forEach(row -> declare("referrals." + row.category(), row));
        declare("closed", report.closures().closed());
        report.closures().timeInPlatform().forEach(row -> declare("closed." + row.category(), row));
        for (FollowUpRow row : report.followUps()) {
            declare("followUps." + row.group() + ".closed", row.closed());
            declare(followUp(row) + ".followedUp", row.followedUp());
            declare(followUp(row) + ".employed", row.employed());
        }
    }

    private void declare() {
        cells.forEach((name, split) -> counts.cell(name + ".women", split.women()).cell(name + ".men", split.men())
                .cell(name + ".total", split.total()));
        cells.keySet().forEach(name -> counts.sum(name + ".total", List.of(name + ".women", name + ".men"), true));

        Cells volume = counts.table(counts.sibling("volume"));
        for (String gender : GENDERS) {
            ties("participants", report.participants(), gender);
            ties("started", report.started(), gender);
            cells.keySet().stream().filter(name -> name.startsWith("started."))
                    .forEach(name -> {
                        String carried = "participants." + name.substring("started.".length());
                        counts.sum(carried + "." + gender, List.of(name + "." + gender), true);
                    });
            counts.sum("referrals." + gender, parts("referrals.", report.referralsByReferrer(), gender), false);
            counts.sum("closed." + gender, parts("closed.", report.closures().timeInPlatform(), gender), false);
            for (FollowUpRow row : report.followUps()) {
                counts.sum("followUps." + row.group() + ".closed." + gender,
                        List.of(followUp(row) + ".followedUp." + gender), true);
                counts.sum(followUp(row) + ".followedUp." + gender, List.of(followUp(row) + ".employed." + gender),
                        true);
                for (String count : List.of(".followedUp.", ".employed.")) {
                    counts.tie(followUp(row) + count + gender, List.of(volume.name(followUp(row) + count + gender)),
                            false);
                }
            }
            // the same counts in the volume table of the unit and year
            counts.tie("participants.episodes." + gender, List.of(volume.name("participants." + gender)), false);
            counts.tie("participants.persons." + gender, List.of(volume.name("persons." + gender)), false);
            counts.tie("started.episodes." + gender, List.of(volume.name("started." + gender)), false);
            counts.tie("referrals." + gender, List.of(volume.name("referrals." + gender)), false);
            counts.tie("closed." + gender, List.of(volume.name("closed." + gender)), false);
        }
    }

    private BackgroundReport shown() {
        int threshold = counts.threshold();
        Suppression suppression = new Suppression(threshold, counts.hidden());
        Row closed = shown("closed", report.closures().closed(), null);
        Closures closures = new Closures(closed, shown("closed.", report.closures().timeInPlatform(), closed),
                days(report.closures().meanDays(), closed, threshold),
                days(report.closures().medianDays(), closed, threshold));
        Row referrals = shown("referrals", report.referrals(), null);
        List<FollowUpRow> followUps = report.followUps().stream().map(row -> row.shown(
                split("followUps." + row.group() + ".closed"), split(followUp(row) + ".followedUp"),
                split(followUp(row) + ".employed"))).toList();
        return new BackgroundReport(report.associationId(), report.unit(), report.period(), report.from(), report.to(),
                shown("participants", report.participants()), shown("started", report.started()), referrals,
                shown("referrals.", report.referralsByReferrer(), referrals), closures, followUps,
                suppression);
    }

    private void declare(String prefix, Population population) {
        declare(prefix + ".persons", population.persons());
        declare(prefix + ".episodes", population.episodes());
        declare(prefix + ".reReferredPersons", population.reReferredPersons());
        population.ageAtStart().forEach(row -> declare(prefix + ".ageAtStart." + row.category(), row));
        population.education().forEach(row -> declare(prefix + ".education." + row.category(), row));
        population.incomeSupport().forEach(row -> declare(prefix + ".incomeSupport." + row.category(), row));
        population.yearsOnPublicSupport().forEach(row -> declare(prefix + ".yearsOnPublicSupport." + row.category(), row));
        population.municipality().forEach(row -> declare(prefix + ".municipality." + row.category(), row));
    }

    private void declare(String name, Row row) {
        declare(name, new GenderSplit(row.women(), row.men(), row.total()));
    }

    private void declare(String name, GenderSplit split) {
        cells.put(name, split);
    }

    private void ties(String prefix, Population population, String gender) {
        String persons = prefix + ".persons." + gender;
        counts.sum(persons, parts(prefix + ".ageAtStart.", population.ageAtStart(), gender), false);
        counts.sum(persons, parts(prefix + ".education.", population.education(), gender), false);
        counts.sum(persons, parts(prefix + ".yearsOnPublicSupport.", population.yearsOnPublicSupport(), gender), false);
        counts.sum(persons, parts(prefix + ".municipality.", population.municipality(), gender), false);
        counts.sum(persons, List.of(prefix + ".reReferredPersons." + gender), true);
        population.incomeSupport().forEach(row -> counts.sum(persons,
                List.of(prefix + ".incomeSupport." + row.category() + "." + gender), true));
        counts.sum(prefix + ".episodes." + gender, List.of(persons), true);
    }

    private static List<String> parts(String prefix, List<Row> rows, String gender) {
        return rows.stream().map(row -> prefix + row.category() + "." + gender).toList();
    }

    private Population shown(String prefix, Population population) {
        Row persons = shown(prefix + ".persons", population.persons(), null);
        return new Population(persons, shown(prefix + ".episodes", population.episodes(), null),
                shown(prefix + ".reReferredPersons", population.reReferredPersons(), persons),
                shown(prefix + ".ageAtStart.", population.ageAtStart(), persons),
                shown(prefix + ".education.", population.education(), persons),
                shown(prefix + ".incomeSupport.", population.incomeSupport(), persons),
                shown(prefix + ".yearsOnPublicSupport.", population.yearsOnPublicSupport(), persons),
                shown(prefix + ".municipality.", population.municipality(), persons));
    }

    private List<Row> shown(String prefix, List<Row> rows, Row base) {
        List<Row> shown = new ArrayList<>();
        rows.forEach(row -> shown.add(shown(prefix + row.category(), row, base)));
        return shown;
    }

    private Row shown(String name, Row row, Row base) {
        GenderSplit split = split(name);
        return BackgroundReportService.row(row.category(), row.name(), split.women(), split.men(), split.total(), base);
    }

    private GenderSplit split(String name) {
        GenderSplit split = cells.get(name);
        return new GenderSplit(counts.shown(name + ".women", split.women()), counts.shown(name + ".men", split.men()),
                counts.shown(name + ".total", split.total()));
    }

    private static String followUp(FollowUpRow row) {
        return "followUps." + row.group() + "." + row.monthsAfterClosure();
    }

    /** Days of threshold or fewer closures describe individuals; days of hidden closures would point at them. */
    private static DaySplit days(DaySplit days, Row closed, int threshold) {
        return new DaySplit(many(closed.women(), threshold) ? days.women() : null,
                many(closed.men(), threshold) ? days.men() : null,
                many(closed.total(), threshold) ? days.total() : null);
    }

    private static boolean many(Long count, int threshold) {
        return count != null && count > threshold;
    }
    }
}
