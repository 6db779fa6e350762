package se.bokslut.reporting.volume;

import se.bokslut.reporting.report.Csv;
import se.bokslut.reporting.volume.VolumeReport.DaySplit;

/** The volume table as one flat CSV table a BI tool loads without transformation. */
public final class VolumeCsv {

    private VolumeCsv() {
    }

    public static String write(VolumeReport report) {
        Csv csv = new Csv("association_id", "unit", "period", "from", "to", "measure", "category", "women", "men", "total");
        row(csv, report, "participants", "", report.participants());
        row(csv, report, "persons", "", report.persons());
        row(csv, report, "started", "", report.started());
        row(csv, report, "referrals", "", report.referrals());
        row(csv, report, "preparation_yes", "", report.preparationYes());
        row(csv, report, "preparation_no", "", report.preparationNo());
        row(csv, report, "closed", "", report.closed());
        report.closedByOutcome().forEach(outcome -> row(csv, report, "closed_by_outcome", outcome.outcome(),
                new GenderSplit(outcome.women(), outcome.men(), outcome.total())));
        report.closedByOutcomeGroup().forEach(group -> row(csv, report, "closed_by_outcome_group", group.group(),
                new GenderSplit(group.women(), group.men(), group.total())));
        row(csv, report, "remaining", "", report.remaining());
        days(csv, report, "mean_days_to_closure", report.meanDaysToClosure());
        days(csv, report, "median_days_to_closure", report.medianDaysToClosure());
        report.followUps().forEach(row -> {
            String category = row.group() + "_" + row.monthsAfterClosure() + "_months";
            row(csv, report, "follow_up_closed", category, row.closed());
            row(csv, report, "followed_up", category, row.followedUp());
            row(csv, report, "followed_up_employed", category, row.employed());
        });
        return csv.toString();
    }

    private static void row(Csv csv, VolumeReport report, String measure, String category, GenderSplit split) {
        csv.row(report.associationId(), report.unit().id(), report.period(), report.from(), report.to(), measure,
                category, split.women(), split.men(), split.total());
    }

    private static void days(Csv csv, VolumeReport report, String measure, DaySplit split) {
        csv.row(report.associationId(), report.unit().id(), report.period(), report.from(), report.to(), measure, "",
                split.women(), split.men(), split.total());
    }
}
