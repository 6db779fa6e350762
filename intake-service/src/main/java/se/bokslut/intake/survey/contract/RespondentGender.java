package se.bokslut.intake.survey.contract;

/** The gender a respondent chose to state, if any: annat alternativ, osäker, vill ej svara. */
public enum RespondentGender {
    WOMAN, MAN, OTHER, UNSURE, DECLINED
}
