package se.bokslut.reporting.years;

import se.bokslut.reporting.report.Csv;
import se.bokslut.reporting.volume.GenderSplit;
import se.bokslut.reporting.years.YearsReport.YearResult;
import se.bokslut.reporting.years.YearsReport.YearSummary;

/**
 * The years report in long format, one row per year × indicator × gender (total, then the gender groups), preceded by
 * the volume headline of each year as rows of kind VOLUME (key volume.participants and so on; the count in numerator
 * and value).
 */
public final class YearsCsv {

    private YearsCsv() {
    }

    public static String write(YearsReport report) {
        Csv csv = new Csv("association_id", "unit", "year", "indicator_key", "indicator", "title", "kind", "gender",
                "numerator", "denominator", "value", "value_unit", "target", "status", "reason", "definitions_year");
        for (YearSummary year : report.years()) {
            String reason = year.reasons().isEmpty() ? null : year.reasons().get(0).code().name();
            volume(csv, report, year, "participants", year.volume() == null ? null : year.volume().participants(), reason);
            volume(csv, report, year, "started", year.volume() == null ? null : year.volume().started(), reason);
            volume(csv, report, year, "closed", year.volume() == null ? null : year.volume().closed(), reason);
            volume(csv, report, year, "remaining", year.volume() == null ? null : year.volume().remaining(), reason);
        }
        report.indicators().forEach(series -> series.years().forEach(result -> {
            csv.row(report.associationId(), report.unit(), result.year(), series.key(), result.id(), result.title(),
                    result.kind(), "total", result.numerator(), result.denominator(), result.value(),
                    result.valueUnit(), result.target(), result.status(),
                    result.reason() == null ? null : result.reason().code(), result.definitionsYear());
            result.byGender().forEach((gender, group) -> csv.row(report.associationId(), report.unit(), result.year(),
                    series.key(), result.id(), result.title(), result.kind(), gender, group.numerator(),
                    group.denominator(), group.value(), result.valueUnit(), result.target(), group.status(), null,
                    result.definitionsYear()));
        }));
        return csv.toString();
    }

    private static void volume(Csv csv, YearsReport report, YearSummary year, String measure, GenderSplit split,
            String reason) {
        for (String gender : new String[] { "total", "women", "men" }) {
            Long count = split == null ? null : switch (gender) {
                case "women" -> split.women();
                case "men" -> split.men();
                default -> split.total();
            };
            csv.row(report.associationId(), report.unit(), year.year(), "volume." + measure, null, null, "VOLUME",
                    gender, count, null, count, "COUNT", null, null, split == null ? reason : null,
                    year.definitionsYear());
        }
    }
}
