package se.bokslut.reporting.volume;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.bokslut.reporting.disclosure.DisclosureControl;
import se.bokslut.reporting.figures.FiguresService;
import se.bokslut.reporting.figures.VolumeFigures;
import se.bokslut.reporting.figures.VolumeFigures.GroupFigures;
import se.bokslut.reporting.goal.Outcome;
import se.bokslut.reporting.report.ReportScope;
import se.bokslut.reporting.report.ReportScopes;
import se.bokslut.reporting.security.Caller;
import se.bokslut.reporting.volume.VolumeReport.DaySplit;
import se.bokslut.reporting.volume.VolumeReport.OutcomeGroupRow;
import se.bokslut.reporting.volume.VolumeReport.OutcomeRow;

/** Builds the volume table of a unit and period, with the outcome groups of the year's goal model. */
@ApplicationScoped
public class VolumeReportService {

    @Inject
    ReportScopes scopes;

    @Inject
    FiguresService figures;

    @Inject
    Caller caller;

    @Inject
    DisclosureControl disclosure;

    @Inject
    VolumeTable table;

    /** The table of a scope from volume figures already fetched, with the outcome groups of the scope's model. */
    static VolumeReport report(ReportScope scope, VolumeFigures volume) {
        GroupFigures women = volume.group(VolumeFigures.WOMAN);
        GroupFigures men = volume.group(VolumeFigures.MAN);
        GroupFigures total = volume.group(VolumeFigures.TOTAL);

        List<OutcomeRow> outcomes = Arrays.stream(Outcome.values())
                .map(outcome -> List.of(outcome.name()))
                .map(codes -> new OutcomeRow(codes.get(0), women.closedTo(codes), men.closedTo(codes), total.closedTo(codes)))
                .toList();
        List<OutcomeGroupRow> groups = scope.goalModel().map(model -> model.outcomeGroups().stream()
                .map(group -> {
                    List<String> codes = group.outcomes().stream().map(Outcome::name).toList();
                    return new OutcomeGroupRow(group.id(), group.name(), codes, women.closedTo(codes),
                            men.closedTo(codes), total.closedTo(codes));
                }).toList()).orElse(List.of());

        return new VolumeReport(scope.associationId(), scope.unit(), scope.period().toString(), scope.period().from(),
                scope.period().to(),
                GenderSplit.of(volume, GroupFigures::participants),
                GenderSplit.of(volume, GroupFigures::persons),
                GenderSplit.of(volume, GroupFigures::started),
                GenderSplit.of(volume, GroupFigures::referrals),
                GenderSplit.of(volume, GroupFigures::preparationYes),
                GenderSplit.of(volume, GroupFigures::preparationNo),
                GenderSplit.of(volume, GroupFigures::closed),
                outcomes, groups,
                GenderSplit.of(volume, GroupFigures::remaining),
                new DaySplit(women.meanDaysToClosure(), men.meanDaysToClosure(), total.meanDaysToClosure()),
                new DaySplit(women.medianDaysToClosure(), men.medianDaysToClosure(), total.medianDaysToClosure()),
                FollowUpRow.rows(scope, followUps(women), followUps(men), followUps(total)),
                null);
    }

    private static FollowUpRow.Source followUps(GroupFigures group) {
        return new FollowUpRow.Source(group.closedByOutcome(), group.followUps() == null ? List.of()
                : group.followUps().stream().map(f -> new FollowUpRow.Count(f.outcome(), f.monthsAfterClosure(),
                        f.followedUp(), f.employed())).toList());
    }

    /** The report as the caller may see it: analysts see every count, BI readers have small counts suppressed. */
    public VolumeReport reportFor(String associationId, String unitId, String year, String period) {
        return reportFor(associationId, unitId, year, period, caller.isAnalyst());
    }

    /** {@link #reportFor(String, String, String, String)} of a resolved scope and its volume figures. */
    public VolumeReport reportFor(ReportScope scope, VolumeFigures volume) {
        return reportFor(scope, volume, caller.isAnalyst());
    }

    /** The table of a scope as an analyst ({@code everyCount}) or a BI reader sees it, whoever calls. */
    public VolumeReport reportFor(ReportScope scope, VolumeFigures volume, boolean everyCount) {
        return shown(scope, report(scope, volume), everyCount);
    }

    /** The report as an analyst ({@code everyCount}) or a BI reader sees it, whoever calls (for adopted editions). */
    public VolumeReport reportFor(String associationId, String unitId, String year, String period,
            boolean everyCount) {
        ReportScope scope = scopes.resolve(associationId, unitId, year, period);
        return shown(scope, report(scope, figures.volume(scope, null)), everyCount);
    }

    /** BI readers get the table cut from the disclosure control's one decision over all they can fetch. */
    private VolumeReport shown(ReportScope scope, VolumeReport report, boolean everyCount) {
        return everyCount ? report : disclosure.shown(table, scope, report);
    }
}
