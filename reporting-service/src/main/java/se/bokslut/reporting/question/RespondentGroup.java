package se.bokslut.reporting.question;

/** Who answers a questionnaire: deltagare, personal, styrgrupp, styrelse, förbundschef, chef i samverkan. */
public enum RespondentGroup {
    PARTICIPANT, STAFF, STEERING_GROUP, BOARD, ASSOCIATION_MANAGER, MANAGER
}
