package se.bokslut.reporting.background;

import java.util.List;

import se.bokslut.reporting.background.BackgroundReport.Population;
import se.bokslut.reporting.background.BackgroundReport.Row;
import se.bokslut.reporting.report.Csv;
import se.bokslut.reporting.volume.FollowUpRow;
import se.bokslut.reporting.volume.GenderSplit;
import se.bokslut.reporting.volume.VolumeReport.DaySplit;

/**
 * The background report as one flat table a BI tool loads without transformation: one row per population, measure
 * and category, with counts and whole-percent shares for women, men and total. Hidden cells are empty.
 */
public final class BackgroundCsv {

    static final String[] HEADER = { "association_id", "unit", "period", "from", "to", "population", "measure",
        "category", "name", "women", "men", "total", "women_percent", "men_percent", "total_percent" };

    private BackgroundCsv() {
    }

    public static String write(BackgroundReport report) {
        Csv csv = new Csv(HEADER);
        population(csv, report, "participants", report.participants());
        population(csv, report, "started", report.started());
        row(csv, report, "referrals", "referrals", report.referrals());
        rows(csv, report, "referrals", "referred_by", report.referralsByReferrer());
        row(csv, report, "closures", "closed", report.closures().closed());
        rows(csv, report, "closures", "time_in_platform", report.closures().timeInPlatform());
        days(csv, report, "mean_days_in_platform", report.closures().meanDays());
        days(csv, report, "median_days_in_platform", report.closures().medianDays());
        for (FollowUpRow row : report.followUps()) {
            String population = "closures_" + row.monthsAfterClosure() + "_months";
            split(csv, report, population, "follow_up_closed", row.group(), row.name(), row.closed(), null);
            split(csv, report, population, "followed_up", row.group(), row.name(), row.followedUp(),
                    row.followedUpPercent());
            split(csv, report, population, "followed_up_employed", row.group(), row.name(), row.employed(),
                    row.employedPercent());
        }
        return csv.toString();
    }

    private static void population(Csv csv, BackgroundReport report, String name, Population population) {
        row(csv, report, name, "persons", population.persons());
        row(csv, report, name, "episodes", population.episodes());
        row(csv, report, name, "re_referred_persons", population.reReferredPersons());
        rows(csv, report, name, "age_at_start", population.ageAtStart());
        rows(csv, report, name, "education", population.education());
        rows(csv, report, name, "income_support", population.incomeSupport());
        rows(csv, report, name, "years_on_public_support", population.yearsOnPublicSupport());
        rows(csv, report, name, "municipality", population.municipality());
    }

    private static void rows(Csv csv, BackgroundReport report, String population, String measure, List<Row> rows) {
        rows.forEach(row -> csv.row(report.associationId(), report.unit().id(), report.period(), report.from(),
                report.to(), population, measure, row.category(), row.name(), row.women(), row.men(), row.total(),
                row.womenPercent(), row.menPercent(), row.totalPercent()));
    }

    private static void row(Csv csv, BackgroundReport report, String population, String measure, Row row) {
        csv.row(report.associationId(), report.unit().id(), report.period(), report.from(), report.to(), population,
                measure, "", "", row.women(), row.men(), row.total(), row.womenPercent(), row.menPercent(),
                row.totalPercent());
    }

    private static void split(Csv csv, BackgroundReport report, String population, String measure, String category,
            String name, GenderSplit split, FollowUpRow.Percentages percent) {
        csv.row(report.associationId(), report.unit().id(), report.period(), report.from(), report.to(), population,
                measure, category, name, split.women(), split.men(), split.total(),
                percent == null ? null : percent.women(), percent == null ? null : percent.men(),
                percent == null ? null : percent.total());
    }

    private static void days(Csv csv, BackgroundReport report, String measure, DaySplit days) {
        csv.row(report.associationId(), report.unit().id(), report.period(), report.from(), report.to(), "closures",
                measure, "", "", days.women(), days.men(), days.total(), null, null, null);
    }
}
