package se.bokslut.intake.participant.contract;

/** A participant's gender as recorded at start. Tables show women and men; totals include everyone. */
public enum Gender {
    WOMAN, MAN, OTHER, UNSPECIFIED
}
