package se.bokslut.intake.participant.contract;

/** Highest completed education at start. */
public enum Education {
    COMPULSORY, UPPER_SECONDARY, POST_SECONDARY_UNDER_3_YEARS, POST_SECONDARY_3_YEARS_OR_MORE, UNKNOWN
}
