package se.bokslut.reporting.goal;

/** How an indicator is measured (SPEC §7); docs/goal-model.md describes each kind's fields. */
public enum IndicatorKind {
    /** Closures to one outcome group as a share of all closures or of another group. */
    CLOSURE_SHARE,
    /** Closures as a share of participants. */
    THROUGHPUT,
    /** A count from the volume table, such as referrals with a YES decision. */
    COUNT,
    /** Employed at N months as a share of those followed up, for closures to an outcome group. */
    FOLLOW_UP_SHARE,
    /** Respondents who chose a positive answer, as a share of those who answered the question. */
    SURVEY_SHARE,
    /** Participant respondents as a share of closures. */
    RESPONSE_RATE,
    /** A value an analyst enters (register statistics); NO_DATA until entered. */
    MANUAL_VALUE,
    /** The number of case narratives entered; NO_DATA until entered. */
    EXAMPLES,
    /** Yes/no, such as "background data reported"; NO_DATA until entered. */
    PRESENCE;

    /** MANUAL_VALUE, EXAMPLES and PRESENCE: entered by analysts, not computed from events. */
    public boolean isManual() {
        return this == MANUAL_VALUE || this == EXAMPLES || this == PRESENCE;
    }
}
