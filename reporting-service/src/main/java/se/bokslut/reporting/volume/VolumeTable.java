package se.bokslut.reporting.volume;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.bokslut.reporting.disclosure.Cells;
import se.bokslut.reporting.disclosure.FigureMemo;
import se.bokslut.reporting.disclosure.LinkedTable;
import se.bokslut.reporting.figures.FiguresService;
import se.bokslut.reporting.figures.VolumeFigures;
import se.bokslut.reporting.privacy.Suppression;
import se.bokslut.reporting.report.ReportScope;
import se.bokslut.reporting.volume.VolumeReport.DaySplit;
import se.bokslut.reporting.volume.VolumeReport.OutcomeGroupRow;
import se.bokslut.reporting.volume.VolumeReport.OutcomeRow;

/**
 * The volume table as a BI reader may see it: small counts hidden, together with every cell that would give them
 * away through the table's sums (gender split, closures by outcome and outcome group, participants = closed +
 * remaining, and across years participants = remaining the year before + started), and days to closure hidden for
 * groups with few closures.
 */
@ApplicationScoped
public class VolumeTable implements LinkedTable<VolumeReport> {

    private static final List<String> GENDERS = List.of("women", "men", "total");

    @Inject
    FiguresService figures;

    @Override
    public String name() {
        return "volume";
    }

    @Override
    public Optional<VolumeReport> compute(ReportScope scope, FigureMemo memo) {
        return Optional.of(VolumeReportService.report(scope, volume(scope, memo, figures)));
    }

    /** The scope's volume figures, asked of scoring once per grid whichever table reads them. */
    public static VolumeFigures volume(ReportScope scope, FigureMemo memo, FiguresService figures) {
        return memo.get("volume|" + scope.unit().platformIds() + "|" + scope.period(),
                () -> figures.volume(scope, null));
    }

    /** The table protected on its own, as for a year nobody has figures of (and for the rules' tests). */
    static VolumeReport protect(VolumeReport report, int threshold) {
        VolumeTable table = new VolumeTable();
        Cells cells = Cells.alone(threshold);
        table.declare(report, cells);
        return table.shown(report, cells.protect());
    }

    private record Rows(List<String> names, List<GenderSplit> splits) {
    }

    private static Rows rows(VolumeReport report) {
        List<String> rows = new ArrayList<>(List.of("participants", "persons", "started", "referrals", "preparationYes",
                "preparationNo", "closed", "remaining"));
        List<GenderSplit> splits = new ArrayList<>(List.of(report.participants(), report.persons(), report.started(), report.referrals(),
                report.preparationYes(), report.preparationNo(), report.closed(), report.remaining()));
        report.closedByOutcome().forEach(row -> {
            rows.add("closedByOutcome." + row.outcome());
            splits.add(new GenderSplit(row.women(), row.men(), row.total()));
        });
        report.closedByOutcomeGroup().forEach(row -> {
            rows.add("closedByOutcomeGroup." + row.group());
            splits.add(new GenderSplit(row.women(), row.men(), row.total()));
        });
        for (FollowUpRow row : report.followUps()) {
            String name = followUpName(row);
            rows.add(name + ".followedUp");
            splits.add(row.followedUp());
            rows.add(name + ".employed");
            splits.add(row.employed());
        }
        return new Rows(rows, splits);
    }

    @Override
    public void declare(VolumeReport report, Cells counts) {
        Rows table = rows(report);
        List<String> rows = table.names();
        List<GenderSplit> splits = table.splits();
        for (int i = 0; i < rows.size(); i++) {
            counts.cell(rows.get(i) + ".women", splits.get(i).women()).cell(rows.get(i) + ".men", splits.get(i).men())
                    .cell(rows.get(i) + ".total", splits.get(i).total());
        }
        for (int i = 0; i < rows.size(); i++) {
            counts.sum(rows.get(i) + ".total", List.of(rows.get(i) + ".women", rows.get(i) + ".men"), true);
        }
        for (String gender : GENDERS) {
            counts.sum("closed." + gender, report.closedByOutcome().stream()
                    .map(row -> "closedByOutcome." + row.outcome() + "." + gender).toList(), false);
            counts.sum("participants." + gender, List.of("closed." + gender, "remaining." + gender), false);
            // those active in the year were active at its start (remaining the year before) or started in it
            counts.tie("participants." + gender, List.of(counts.previousYear().name("remaining." + gender),
                    counts.name("started." + gender)), false);
            // the episodes beyond the first of a person (a second episode, a second platform of a group)
            counts.sum("participants." + gender, List.of("persons." + gender), true);
            for (FollowUpRow row : report.followUps()) {
                String name = followUpName(row);
                // closed to the group = followed up + not followed up; followed up = employed + not employed
                counts.sum(closedRow(report, row) + "." + gender, List.of(name + ".followedUp." + gender), true);
                counts.sum(name + ".followedUp." + gender, List.of(name + ".employed." + gender), true);
            }
            report.closedByOutcomeGroup().forEach(group -> counts.sum("closedByOutcomeGroup." + group.group() + "." + gender,
                    group.outcomes().stream().map(outcome -> "closedByOutcome." + outcome + "." + gender).toList(),
                    false));
        }
    }

    @Override
    public VolumeReport shown(VolumeReport report, Cells counts) {
        Rows table = rows(report);
        List<String> rows = table.names();
        List<GenderSplit> splits = table.splits();
        int threshold = counts.threshold();
        Function<String, GenderSplit> shown = row -> {
            GenderSplit split = splits.get(rows.indexOf(row));
            return new GenderSplit(counts.shown(row + ".women", split.women()), counts.shown(row + ".men", split.men()),
                    counts.shown(row + ".total", split.total()));
        };
        List<OutcomeRow> outcomes = report.closedByOutcome().stream().map(row -> {
            GenderSplit split = shown.apply("closedByOutcome." + row.outcome());
            return new OutcomeRow(row.outcome(), split.women(), split.men(), split.total());
        }).toList();
        List<OutcomeGroupRow> groups = report.closedByOutcomeGroup().stream().map(row -> {
            GenderSplit split = shown.apply("closedByOutcomeGroup." + row.group());
            return new OutcomeGroupRow(row.group(), row.name(), row.outcomes(), split.women(), split.men(), split.total());
        }).toList();
        List<FollowUpRow> followUps = report.followUps().stream().map(row -> {
            String name = followUpName(row);
            return row.shown(shown.apply(closedRow(report, row)), shown.apply(name + ".followedUp"), shown.apply(name + ".employed"));
        }).toList();
        GenderSplit closed = report.closed();
        return new VolumeReport(report.associationId(), report.unit(), report.period(), report.from(), report.to(),
                shown.apply("participants"), shown.apply("persons"), shown.apply("started"), shown.apply("referrals"),
                shown.apply("preparationYes"), shown.apply("preparationNo"), shown.apply("closed"), outcomes, groups,
                shown.apply("remaining"), days(report.meanDaysToClosure(), closed, threshold),
                days(report.medianDaysToClosure(), closed, threshold), followUps, new Suppression(threshold, counts.hidden()));
    }

    /** The closures a follow-up row is of: its outcome group's, or its outcome's when the year has no groups. */
    private static String closedRow(VolumeReport report, FollowUpRow row) {
        return report.closedByOutcomeGroup().isEmpty() ? "closedByOutcome." + row.group()
                : "closedByOutcomeGroup." + row.group();
    }

    private static String followUpName(FollowUpRow row) {
        return "followUps." + row.group() + "." + row.monthsAfterClosure();
    }

    /** Days to closure of fewer than threshold + 1 closures describe individuals: hidden. */
    private static DaySplit days(DaySplit days, GenderSplit closed, int threshold) {
        return new DaySplit(closed.women() > threshold ? days.women() : null,
                closed.men() > threshold ? days.men() : null, closed.total() > threshold ? days.total() : null);
    }
}
