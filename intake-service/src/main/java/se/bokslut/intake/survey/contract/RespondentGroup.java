package se.bokslut.intake.survey.contract;

/** Who answered a questionnaire. */
public enum RespondentGroup {
    /** deltagare */
    PARTICIPANT,
    /** personal */
    STAFF,
    /** styrgrupp */
    STEERING_GROUP,
    /** styrelse */
    BOARD,
    /** förbundschef */
    ASSOCIATION_MANAGER,
    /** chef i samverkan */
    MANAGER
}
