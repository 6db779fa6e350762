package se.bokslut.scoring.episode;

/** Why an event could not be applied to a participant's history. */
public enum AnomalyReason {
    /** A closure while no episode is open on the platform. */
    CLOSURE_WITHOUT_START("closure without an open episode on the platform"),
    /** A start while an episode is already open on the platform. */
    SECOND_START("start while an episode is already open on the platform"),
    /** A follow-up with no earlier closure on the platform. */
    FOLLOW_UP_WITHOUT_CLOSURE("follow-up without an earlier closure on the platform"),
    /** A second follow-up for the same closure and number of months. */
    DUPLICATE_FOLLOW_UP("the closure already has a follow-up for these months"),
    /** A retraction of an event scoring has not received (yet). */
    RETRACTION_TARGET_UNKNOWN("retraction of an event that has not arrived"),
    /**
     * The first event past the number of events scoring derives one participant's history from; it and every later
     * one are kept in the fact log but not counted.
     */
    TOO_MANY_FACTS("the participant has more events than scoring derives a history from; this and later ones are "
            + "kept but not counted");

    private final String description;

    AnomalyReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
