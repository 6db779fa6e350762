package se.bokslut.scoring.episode;

/** Fine-grained outcome of a closure (avslutsorsak). */
public enum Outcome {
    WORK, SUBSIDISED_WORK, STUDIES, JOB_SEEKING, OTHER_REHABILITATION, MEDICAL_REHABILITATION, SICKNESS_COMPENSATION,
    DAILY_ACTIVITY, NO_WORK_CAPACITY, DROPOUT, MOVED, OTHER
}
