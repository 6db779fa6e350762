package se.bokslut.reporting.disclosure;

import java.util.List;

import se.bokslut.reporting.privacy.SmallCounts;

/**
 * One table of one unit and year inside a disclosure grid: the table names its cells ({@code closed.women}) and ties
 * as if it were alone, and the view files them under {@code unit/year/table/} so that every table, unit and year a BI
 * reader can fetch is protected in one {@link SmallCounts}. {@link #table}, {@link #previousYear} and {@link #unit}
 * name cells of the tables beside it, for the ties between them.
 */
public final class Cells {

    private final SmallCounts grid;
    private final String unit;
    private final int year;
    private final String table;
    /** False for a table protected alone: its ties to other tables, units and years are left out. */
    private final boolean linked;

    Cells(SmallCounts grid, String unit, int year, String table) {
        this(grid, unit, year, table, true);
    }

    private Cells(SmallCounts grid, String unit, int year, String table, boolean linked) {
        this.grid = grid;
        this.unit = unit;
        this.year = year;
        this.table = table;
        this.linked = linked;
    }

    /** A table protected on its own: for a year nobody has any figures of, and for the rules' own tests. */
    public static Cells alone(int threshold) {
        return new Cells(new SmallCounts(threshold), "unit", 0, "table", false);
    }

    static String prefix(String unit, int year, String table) {
        return unit + "/" + year + "/" + table + "/";
    }

    /** The grid's name of a cell of this table. */
    public String name(String cell) {
        return prefix(unit, year, table) + cell;
    }

    /** The same unit and year in another table of the grid. */
    public Cells table(String other) {
        return new Cells(grid, unit, year, other, linked);
    }

    /** This table of the year before. */
    public Cells previousYear() {
        return new Cells(grid, unit, year - 1, table, linked);
    }

    public String tableName() {
        return table;
    }

    /** The name of another table read under the same goal model as this one ({@code volume@2019}). */
    public String sibling(String otherTable) {
        int at = table.indexOf('@');
        return at < 0 ? otherTable : otherTable + table.substring(at);
    }

    public Cells cell(String cell, Long value) {
        grid.cell(name(cell), value);
        return this;
    }

    /** {@code total = Σ parts}, all cells of this table (plus an unpublished rest when {@code hasRest}). */
    public Cells sum(String total, List<String> parts, boolean hasRest) {
        grid.sum(name(total), parts.stream().map(this::name).toList(), hasRest);
        return this;
    }

    /** A tie to cells of other tables, units or years, given by their grid names ({@link #name}). */
    public Cells tie(String total, List<String> gridNames, boolean hasRest) {
        if (linked) {
            grid.sum(name(total), gridNames, hasRest);
        }
        return this;
    }

    public boolean isSuppressed(String cell) {
        return grid.isSuppressed(name(cell));
    }

    /** The value, or null when it is hidden. */
    public Long shown(String cell, Long value) {
        return value == null || isSuppressed(cell) ? null : value;
    }

    /** The hidden cells of this table, by the table's own names, in the order they were declared. */
    public List<String> hidden() {
        String prefix = prefix(unit, year, table);
        return grid.cells().keySet().stream().filter(name -> name.startsWith(prefix)).filter(grid::isSuppressed)
                .map(name -> name.substring(prefix.length())).toList();
    }

    /** Runs the protection of a table that is alone ({@link #alone}). */
    public Cells protect() {
        grid.protect();
        return this;
    }

    public int threshold() {
        return grid.threshold();
    }
}
