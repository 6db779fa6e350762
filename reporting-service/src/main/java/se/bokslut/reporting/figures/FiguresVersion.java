package se.bokslut.reporting.figures;

/** The number of an association's figures at scoring (its {@code /api/v1/figures/version}). */
public record FiguresVersion(String associationId, String epoch, long version) {

    /** The number with the database it counts in: a rebuilt scoring's numbers are never taken for the old ones. */
    public String token() {
        return epoch + "/" + version;
    }
}
