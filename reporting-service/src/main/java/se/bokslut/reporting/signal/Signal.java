package se.bokslut.reporting.signal;

/** The colour of a result: uppfyllt, delvis uppfyllt, inte uppfyllt, or utfall saknas. */
public enum Signal {
    GREEN, YELLOW, RED, NO_DATA
}
