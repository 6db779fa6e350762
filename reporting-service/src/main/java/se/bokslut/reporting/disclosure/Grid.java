package se.bokslut.reporting.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.bokslut.reporting.privacy.SmallCounts;
import se.bokslut.reporting.reference.Unit;

/**
 * Every count a BI reader can fetch of one association, for every year scoring has activity in, every unit and every
 * goal model a year can be read under, protected in one {@link SmallCounts}. Cell names are
 * {@code unit/year/table@model/cell}, the table's own cell name last.
 */
final class Grid {

    private final SmallCounts counts;
    private final Set<Integer> years;
    /** The units each table is computed for, by the table's grid name. */
    private final Map<String, List<Unit>> units = new LinkedHashMap<>();
    /** Built on first use, after the grid is protected; read by many requests at once from then on. */
    private volatile Map<String, List<String>> byPrefix;

    Grid(int threshold, Set<Integer> years) {
        this.counts = new SmallCounts(threshold);
        this.years = Set.copyOf(years);
    }

    boolean covers(int year) {
        return years.contains(year);
    }

    Set<Integer> years() {
        return years;
    }

    SmallCounts counts() {
        return counts;
    }

    Cells view(String unit, int year, String table) {
        return new Cells(counts, unit, year, table);
    }

    void units(String table, List<Unit> tableUnits) {
        units.put(table, tableUnits);
    }

    Map<String, List<Unit>> units() {
        return units;
    }

    /** The cells declared under {@code unit/year/table/}, by their table's names. */
    List<String> cellsOf(String unit, int year, String table) {
        Map<String, List<String>> index = byPrefix;
        if (index == null) {
            Map<String, List<String>> built = new HashMap<>();
            counts.cells().keySet().forEach(name -> {
                int cut = prefixEnd(name);
                built.computeIfAbsent(name.substring(0, cut), key -> new ArrayList<>()).add(name.substring(cut));
            });
            byPrefix = index = built;
        }
        return index.getOrDefault(Cells.prefix(unit, year, table), List.of());
    }

    /** Where the table's own cell name begins: after the third {@code /}. */
    static int prefixEnd(String name) {
        int cut = -1;
        for (int i = 0; i < 3; i++) {
            cut = name.indexOf('/', cut + 1);
        }
        return cut + 1;
    }

    /** Whether a report declares exactly the cells, with the values, the grid was built with. */
    <R> boolean agrees(LinkedTable<R> table, R report, String unit, int year, String tableName) {
        SmallCounts scratch = new SmallCounts(counts.threshold());
        table.declare(report, new Cells(scratch, unit, year, tableName));
        List<String> known = cellsOf(unit, year, tableName);
        if (known.size() != scratch.cells().size()) {
            return false;
        }
        return scratch.cells().entrySet().stream()
                .allMatch(cell -> cell.getValue().equals(counts.value(cell.getKey())));
    }
}
