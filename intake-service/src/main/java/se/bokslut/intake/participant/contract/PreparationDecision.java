package se.bokslut.intake.participant.contract;

/** The preparation group's decision (beredning ja/nej). */
public enum PreparationDecision {
    YES, NO
}
