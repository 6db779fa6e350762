package se.bokslut.reporting.goal;

/** The fine-grained closure outcomes of the event contract; outcome groups are sets of these. */
public enum Outcome {
    WORK, SUBSIDISED_WORK, STUDIES, JOB_SEEKING, OTHER_REHABILITATION, MEDICAL_REHABILITATION, SICKNESS_COMPENSATION,
    DAILY_ACTIVITY, NO_WORK_CAPACITY, DROPOUT, MOVED, OTHER
}
