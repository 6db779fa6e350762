package se.bokslut.intake.reference;

import java.util.Set;

import se.bokslut.intake.survey.contract.RespondentGroup;
import se.bokslut.intake.survey.contract.Scale;

/** A question of the catalogue: shipped with Bokslut (no association) or added by one association's analyst. */
public record KnownQuestion(String code, String associationId, Scale scale, Set<RespondentGroup> respondentGroups) {

    public boolean availableTo(String association) {
        return associationId == null || associationId.equals(association);
    }
}
