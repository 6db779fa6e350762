package se.bokslut.reporting.background;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.bokslut.reporting.background.BackgroundReport.Closures;
import se.bokslut.reporting.background.BackgroundReport.Population;
import se.bokslut.reporting.background.BackgroundReport.Row;
import se.bokslut.reporting.figures.BackgroundFigures;
import se.bokslut.reporting.figures.BackgroundFigures.Group;
import se.bokslut.reporting.figures.FiguresService;
import se.bokslut.reporting.disclosure.DisclosureControl;
import se.bokslut.reporting.report.ReportScope;
import se.bokslut.reporting.report.ReportScopes;
import se.bokslut.reporting.security.Caller;
import se.bokslut.reporting.volume.FollowUpRow;
import se.bokslut.reporting.volume.FollowUpRow.Percentages;
import se.bokslut.reporting.volume.VolumeReport.DaySplit;

/** Builds the background report of a unit and period from scoring's background figures. */
@ApplicationScoped
public class BackgroundReportService {

    @Inject
    ReportScopes scopes;

    @Inject
    FiguresService figures;

    @Inject
    Caller caller;

    @Inject
    DisclosureControl disclosure;

    @Inject
    BackgroundTable table;

    /** The report as the caller may see it: analysts see every count, BI readers have small counts hidden. */
    public BackgroundReport reportFor(String associationId, String unitId, String year, String period) {
        return reportFor(associationId, unitId, year, period, caller.isAnalyst());
    }

    /** The report as an analyst ({@code everyCount}) or a BI reader sees it, whoever calls. */
    public BackgroundReport reportFor(String associationId, String unitId, String year, String period,
            boolean everyCount) {
        ReportScope scope = scopes.resolve(associationId, unitId, year, period);
        BackgroundReport report = report(scope, figures.background(scope));
        return everyCount ? report : disclosure.shown(table, scope, report);
    }

    static BackgroundReport report(ReportScope scope, BackgroundFigures figures) {
        Group women = figures.group(BackgroundFigures.WOMAN);
        Group men = figures.group(BackgroundFigures.MAN);
        Group total = figures.group(BackgroundFigures.TOTAL);

        Row referrals = row("ALL", "Aktualiseringar", sum(women.referralsByReferrer()), sum(men.referralsByReferrer()),
                sum(total.referralsByReferrer()), null);
        List<Row> byReferrer = rows(keys(total.referralsByReferrer()), BackgroundLabels::referrer,
                key -> women.referralsByReferrer().getOrDefault(key, 0L),
                key -> men.referralsByReferrer().getOrDefault(key, 0L),
                key -> total.referralsByReferrer().getOrDefault(key, 0L), referrals);

        Row closed = row("ALL", "Avslutade", women.closures().closed(), men.closures().closed(),
                total.closures().closed(), null);
        List<Row> time = rows(keys(total.closures().timeInPlatform()), BackgroundLabels::timeInPlatform,
                key -> women.closures().timeInPlatform().getOrDefault(key, 0L),
                key -> men.closures().timeInPlatform().getOrDefault(key, 0L),
                key -> total.closures().timeInPlatform().getOrDefault(key, 0L), closed);
        Closures closures = new Closures(closed, time,
                new DaySplit(women.closures().meanDaysInPlatform(), men.closures().meanDaysInPlatform(),
                        total.closures().meanDaysInPlatform()),
                new DaySplit(women.closures().medianDaysInPlatform(), men.closures().medianDaysInPlatform(),
                        total.closures().medianDaysInPlatform()));

        List<FollowUpRow> followUps = FollowUpRow.rows(scope, source(women), source(men), source(total));

        return new BackgroundReport(scope.associationId(), scope.unit(), scope.period().toString(),
                scope.period().from(), scope.period().to(),
                population(women.participants(), men.participants(), total.participants()),
                population(women.started(), men.started(), total.started()),
                referrals, byReferrer, closures, followUps, null);
    }

    private static Population population(BackgroundFigures.Population women, BackgroundFigures.Population men,
            BackgroundFigures.Population total) {
        Row persons = row("ALL", "Personer", women.persons(), men.persons(), total.persons(), null);
        Row episodes = row("ALL", "Insatser (ärenden)", women.episodes(), men.episodes(), total.episodes(), null);
        Row reReferred = row("ALL", "Återaktualiserade", women.reReferredPersons(), men.reReferredPersons(),
                total.reReferredPersons(), persons);
        return new Population(persons, episodes, reReferred,
                table(women, men, total, BackgroundFigures.Population::ageAtStart, BackgroundLabels::age, persons),
                table(women, men, total, BackgroundFigures.Population::education, BackgroundLabels::education, persons),
                table(women, men, total, BackgroundFigures.Population::incomeSupport, BackgroundLabels::incomeSupport,
                        persons),
                table(women, men, total, BackgroundFigures.Population::yearsOnPublicSupport,
                        BackgroundLabels::yearsOnSupport, persons),
                table(women, men, total, BackgroundFigures.Population::municipality, BackgroundLabels::municipality,
                        persons));
    }

    private static List<Row> table(BackgroundFigures.Population women, BackgroundFigures.Population men,
            BackgroundFigures.Population total, Function<BackgroundFigures.Population, Map<String, Long>> measure,
            UnaryOperator<String> label, Row base) {
        Map<String, Long> w = measure.apply(women);
        Map<String, Long> m = measure.apply(men);
        Map<String, Long> t = measure.apply(total);
        return rows(keys(t), label, key -> w.getOrDefault(key, 0L), key -> m.getOrDefault(key, 0L),
                key -> t.getOrDefault(key, 0L), base);
    }

    private static List<Row> rows(Set<String> keys, UnaryOperator<String> label, Function<String, Long> women,
            Function<String, Long> men, Function<String, Long> total, Row base) {
        List<Row> rows = new ArrayList<>();
        for (String key : keys) {
            rows.add(row(key, label.apply(key), women.apply(key), men.apply(key), total.apply(key), base));
        }
        return rows;
    }

    /** A row with its shares of the base, or without shares when it is a base itself. */
    static Row row(String category, String name, Long women, Long men, Long total, Row base) {
        if (base == null) {
            return new Row(category, name, women, men, total, null, null, null);
        }
        return new Row(category, name, women, men, total, Percentages.percent(women, base.women()),
                Percentages.percent(men, base.men()), Percentages.percent(total, base.total()));
    }

    private static FollowUpRow.Source source(Group group) {
        return new FollowUpRow.Source(group.closures().closedByOutcome(), group.closures().followUps().stream()
                .map(f -> new FollowUpRow.Count(f.outcome(), f.monthsAfterClosure(), f.followedUp(), f.employed()))
                .toList());
    }

    private static Set<String> keys(Map<String, Long> map) {
        return map == null ? Set.of() : new LinkedHashSet<>(map.keySet());
    }

    private static long sum(Map<String, Long> counts) {
        return counts == null ? 0 : counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
