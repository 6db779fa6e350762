package se.bokslut.reporting.goal;

/** The volume-table figure a COUNT indicator counts. */
public enum CountMeasure {
    PARTICIPANTS, STARTED, REFERRALS, PREPARATION_YES, PREPARATION_NO, CLOSED, REMAINING
}
