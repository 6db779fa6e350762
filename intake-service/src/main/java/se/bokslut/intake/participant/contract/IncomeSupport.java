package se.bokslut.intake.participant.contract;

/** Public income support at start; several may apply. */
public enum IncomeSupport {
    SICKNESS_BENEFIT, ACTIVITY_COMPENSATION, SICKNESS_COMPENSATION, UNEMPLOYMENT_INSURANCE, ACTIVITY_SUPPORT,
    SOCIAL_ASSISTANCE, STUDENT_AID, OTHER_PUBLIC, NONE
}
