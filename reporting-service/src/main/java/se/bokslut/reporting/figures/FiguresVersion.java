package se.bokslut.reporting.figures;

/** The number of an association's figures at scoring (its {@code /api/v1/figures/version}). */
public record FiguresVersion(String associationId, long version) {
}
