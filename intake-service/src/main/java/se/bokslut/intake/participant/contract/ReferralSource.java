package se.bokslut.intake.participant.contract;

/** The partner that referred a person to a platform ({@code referredBy}). */
public enum ReferralSource {
    ARBETSFORMEDLINGEN, FORSAKRINGSKASSAN, REGION, SOCIAL_SERVICES, MUNICIPALITY_OTHER, OTHER
}
