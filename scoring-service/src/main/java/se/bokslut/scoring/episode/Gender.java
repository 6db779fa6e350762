package se.bokslut.scoring.episode;

/** Gender recorded at start; figures split women and men, totals include everyone. */
public enum Gender {
    WOMAN, MAN, OTHER, UNSPECIFIED
}
