package se.bokslut.reporting.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import se.bokslut.reporting.audit.AuditService;
import se.bokslut.reporting.figures.AsOf;
import se.bokslut.reporting.figures.FiguresService;
import se.bokslut.reporting.figures.FiguresUnavailableException;
import se.bokslut.reporting.goal.GoalModel;
import se.bokslut.reporting.goal.GoalModelService;
import se.bokslut.reporting.period.Period;
import se.bokslut.reporting.privacy.PrivacyConfig;
import se.bokslut.reporting.reference.Association;
import se.bokslut.reporting.reference.ReferenceDataService;
import se.bokslut.reporting.reference.Unit;
import se.bokslut.reporting.report.ReportScope;
import se.bokslut.reporting.report.ReportScopes;

/**
 * Small-count protection that holds across everything one BI reader can fetch (SPEC §14, ADR 0013): the volume
 * tables, goal fulfilment and background of every unit and every year an association has activity in, under every
 * goal model a year can be read under, go into one grid with the sums that tie them
 * <ul>
 * <li>inside each table (the tables declare them: gender splits, outcomes, background partitions);</li>
 * <li>between tables of a unit and year (a count one table publishes that equals a count of another, such as a
 * closure share's denominator and the volume table's closures, is one cell: hidden in both or in neither);</li>
 * <li>between units (a unit group's count is its platforms' counts, plus a rest where a person or a response is
 * counted once for the group);</li>
 * <li>between years (the participants of a year are those remaining at the end of the year before plus those who
 * started).</li>
 * </ul>
 * Complementary suppression then runs once over the whole grid, so every report is cut from the same decision. BI
 * readers see whole years only ({@link ReportScopes}), which takes the periods inside a year out of the attack.
 */
@ApplicationScoped
public class DisclosureControl {

    private static final Logger LOG = Logger.getLogger(DisclosureControl.class);
    /** The grid name of a table read under no goal model. */
    static final String NO_MODEL = "none";

    @Inject
    ReferenceDataService referenceData;

    @Inject
    GoalModelService goalModels;

    @Inject
    FiguresService figures;

    @Inject
    PrivacyConfig privacy;

    @Inject
    @Any
    Instance<LinkedTable<?>> tables;

    @Inject
    RequestGrids requestGrids;

    @Inject
    KeptGrids keptGrids;

    @Inject
    AuditService audit;

    /**
     * The report as a BI reader may see it. The report must be the one the table computes for the scope; if scoring
     * applied something between the two, the grid is built again (once), so a decision is never applied to other
     * figures than it was made on. The grid is kept between requests until scoring's figures or reporting's
     * documents of the association change ({@link KeptGrids}).
     */
    public <R> R shown(LinkedTable<R> table, ReportScope scope, R report) {
        int year = scope.period().year();
        String associationId = scope.associationId();
        Grid grid = requestGrids.get(associationId, () -> keptGrids.get(associationId, stateOf(associationId),
                () -> build(associationId)));
        if (scope.period().kind() != Period.Kind.YEAR || !grid.covers(year)) {
            // no activity in the year (every count is zero), or an analyst's period: the table alone suffices
            Cells alone = Cells.alone(privacy.smallCountThreshold());
            table.declare(report, alone);
            return table.shown(report, alone.protect());
        }
        String tableName = gridName(table, scope.goalModel().map(GoalModel::year));
        String unit = scope.unit().id();
        if (!grid.agrees(table, report, unit, year, tableName)) {
            LOG.debugf("figures of %s changed while protecting; building the grid again", scope.associationId());
            grid = requestGrids.replace(associationId, build(associationId));
            keptGrids.replace(associationId, stateOf(associationId), grid);
            if (!grid.agrees(table, report, unit, year, tableName)) {
                throw new FiguresUnavailableException(new IllegalStateException("figures changing"));
            }
        }
        return table.shown(report, grid.view(unit, year, tableName));
    }

    /** What the association's grid is built from; read before the figures and documents it is built on. */
    private KeptGrids.State stateOf(String associationId) {
        return new KeptGrids.State(figures.version(associationId), audit.changesOf(associationId));
    }

    static String gridName(LinkedTable<?> table, Optional<Integer> modelYear) {
        return table.name() + "@" + modelYear.map(String::valueOf).orElse(NO_MODEL);
    }

    Grid build(String associationId) {
        long started = System.nanoTime();
        Association association = referenceData.get(associationId);
        AsOf activity = figures.activity(associationId);
        TreeSet<Integer> years = new TreeSet<>();
        if (activity.firstActivityYear() != null && activity.lastActivityYear() != null) {
            for (int year = activity.firstActivityYear(); year <= activity.lastActivityYear(); year++) {
                years.add(year);
            }
        }
        Map<Integer, GoalModel> models = new LinkedHashMap<>();
        for (int year : goalModels.years(associationId)) {
            goalModels.find(associationId, year).ifPresent(model -> models.put(year, model));
        }
        years.addAll(models.keySet());
        Grid grid = new Grid(privacy.smallCountThreshold(), years);
        FigureMemo memo = new FigureMemo();
        List<Optional<GoalModel>> readings = new ArrayList<>();
        readings.add(Optional.empty());
        models.values().forEach(model -> readings.add(Optional.of(model)));

        for (LinkedTable<?> table : tables) {
            for (int year : years) {
                Optional<GoalModel> own = Optional.ofNullable(models.get(year));
                for (Optional<GoalModel> reading : readings) {
                    if (!table.readUnderOtherModels() && !reading.equals(own)) {
                        continue;
                    }
                    String tableName = gridName(table, reading.map(GoalModel::year));
                    List<Unit> units = units(association, reading);
                    grid.units(tableName, units);
                    for (Unit unit : units) {
                        declare(table, new ReportScope(associationId, unit, Period.year(year), reading), memo,
                                grid.view(unit.id(), year, tableName));
                    }
                }
            }
        }
        long declared = System.nanoTime();
        tieUnits(grid);
        tieEqualCounts(grid);
        grid.counts().protect();
        LOG.debugf("disclosure grid of %s: tables computed in %d ms, protected in %d ms", associationId,
                (declared - started) / 1_000_000, (System.nanoTime() - declared) / 1_000_000);
        LOG.debugf("disclosure grid of %s: %d cells over %s in %d ms", associationId, grid.counts().cells().size(),
                years, (System.nanoTime() - started) / 1_000_000);
        return grid;
    }

    private static <R> void declare(LinkedTable<R> table, ReportScope scope, FigureMemo memo, Cells cells) {
        table.compute(scope, memo).ifPresent(report -> table.declare(report, cells));
    }

    /** The platforms, the standing unit groups and the reading model's unit groups. */
    private static List<Unit> units(Association association, Optional<GoalModel> reading) {
        Map<String, Unit> units = new LinkedHashMap<>();
        association.platforms().forEach(platform -> ReportScopes.findUnit(association, platform.id(), reading)
                .ifPresent(unit -> units.put(unit.id(), unit)));
        association.unitGroups().forEach(group -> ReportScopes.findUnit(association, group.id(), reading)
                .ifPresent(unit -> units.putIfAbsent(unit.id(), unit)));
        reading.ifPresent(model -> model.unitGroups().forEach(group -> ReportScopes.findUnit(association, group.id(),
                reading).ifPresent(unit -> units.putIfAbsent(unit.id(), unit))));
        return List.copyOf(units.values());
    }

    /**
     * A unit group's count is at least the counts of its platforms together (more where the group counts a person or
     * a response once): declared with a rest, which is exact where the counts add up and safe where they do not.
     */
    private static void tieUnits(Grid grid) {
        grid.units().forEach((table, units) -> {
            for (Unit unit : units) {
                if (unit.kind() != Unit.Kind.UNIT_GROUP) {
                    continue;
                }
                for (int year : grid.years()) {
                    Cells group = grid.view(unit.id(), year, table);
                    for (String cell : grid.cellsOf(unit.id(), year, table)) {
                        group.tie(cell, unit.platformIds().stream()
                                .map(platform -> grid.view(platform, year, table).name(cell)).toList(), true);
                    }
                }
            }
        });
    }

    /**
     * Counts of different tables of one unit, year and gender that are equal are taken to be one count, hidden
     * together: a closure share's denominator is the volume table's closures, its numerator the closures to an
     * outcome group, a follow-up's count the volume table's. Two counts that are equal by chance are hidden together
     * too, which costs a cell, never a person. The background's ties to the volume table are its own.
     */
    private static void tieEqualCounts(Grid grid) {
        Map<String, List<String>> equal = new HashMap<>();
        grid.counts().cells().forEach((name, value) -> {
            if (value == null || value <= 0) {
                return;
            }
            int cut = Grid.prefixEnd(name);
            String[] prefix = name.substring(0, cut - 1).split("/");
            if (prefix.length != 3 || prefix[2].startsWith("background@")) {
                return;
            }
            String cell = name.substring(cut);
            String gender = cell.substring(cell.lastIndexOf('.') + 1);
            equal.computeIfAbsent(prefix[0] + "/" + prefix[1] + "/" + gender + "=" + value, key -> new ArrayList<>())
                    .add(name);
        });
        equal.values().forEach(names -> {
            // one chain through them all when at least two tables publish the count: hiding any hides every one,
            // as tying each pair of tables would, with as many ties as cells
            if (names.stream().map(DisclosureControl::table).distinct().count() > 1) {
                for (int i = 1; i < names.size(); i++) {
                    grid.counts().sum(names.get(i - 1), List.of(names.get(i)), false);
                }
            }
        });
    }

    private static String table(String name) {
        int cut = Grid.prefixEnd(name);
        String prefix = name.substring(0, cut - 1);
        String table = prefix.substring(prefix.lastIndexOf('/') + 1);
        // two indicators of one fulfilment are two tables: each publishes its own counts ({id}.{measure}.{gender})
        String cell = name.substring(cut);
        int measure = cell.lastIndexOf('.', cell.lastIndexOf('.') - 1);
        return table.startsWith("fulfilment@") && measure > 0 ? table + "/" + cell.substring(0, measure) : table;
    }
}
