package se.bokslut.reporting.disclosure;

import java.util.Optional;

import se.bokslut.reporting.report.ReportScope;

/**
 * A report a BI reader can fetch, as the disclosure control sees it: how to compute it for a unit and year, which
 * cells it publishes and how they tie together, and how it looks with some of them hidden. Each report's package
 * implements it as a bean; {@link DisclosureControl} protects all of them together.
 */
public interface LinkedTable<R> {

    /** The table's name in cell names: volume, fulfilment, background. */
    String name();

    /** Whether the table depends on the goal model it is read under (outcome groups, indicators), not only the year's. */
    default boolean readUnderOtherModels() {
        return true;
    }

    /** The table of a scope with every count, or empty when the scope has none (no goal model to assess). */
    Optional<R> compute(ReportScope scope, FigureMemo figures);

    /** Declares the published counts of the report and the sums that tie them, here and to the tables beside it. */
    void declare(R report, Cells cells);

    /** The report with the cells the grid hid left out, and whatever is derived from them. */
    R shown(R report, Cells cells);
}
