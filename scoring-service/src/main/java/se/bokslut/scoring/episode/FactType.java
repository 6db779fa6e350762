package se.bokslut.scoring.episode;

/** The participant event types of the event contract (docs/event-contract.md). */
public enum FactType {
    PARTICIPANT_REFERRED, PREPARATION_DECIDED, PARTICIPANT_STARTED, PARTICIPANT_CLOSED, FOLLOW_UP_RECORDED,
    EVENT_RETRACTED
}
