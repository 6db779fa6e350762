package se.bokslut.intake.participant.contract;

/** Fine-grained outcome of a closure (avslutsorsak). Goal models group these per year. */
public enum Outcome {
    WORK, SUBSIDISED_WORK, STUDIES, JOB_SEEKING, OTHER_REHABILITATION, MEDICAL_REHABILITATION, SICKNESS_COMPENSATION,
    DAILY_ACTIVITY, NO_WORK_CAPACITY, DROPOUT, MOVED, OTHER
}
