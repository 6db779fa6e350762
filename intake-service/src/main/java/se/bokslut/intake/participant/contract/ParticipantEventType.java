package se.bokslut.intake.participant.contract;

/** What happened to a participant. The Swedish term of each is in docs/event-contract.md. */
public enum ParticipantEventType {
    /** aktualiserad: a partner referred the person to a platform. */
    PARTICIPANT_REFERRED,
    /** beredning: the platform's group decided yes or no to coordinated support. */
    PREPARATION_DECIDED,
    /** start, ny för året: the participant started on the platform. */
    PARTICIPANT_STARTED,
    /** avslut: the participant left the platform, with an outcome. */
    PARTICIPANT_CLOSED,
    /** uppföljning: employment status 6, 12 or 24 months after a closure. */
    FOLLOW_UP_RECORDED,
    /** felregistrering: a previous event of the same participant is withdrawn. */
    EVENT_RETRACTED
}
