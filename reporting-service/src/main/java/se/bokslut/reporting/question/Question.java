package se.bokslut.reporting.question;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A question of the catalogue. Shipped questions have no association; an association's own questions have one. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "A question of the catalogue")
public record Question(
        @Schema(example = "NNS-1") String code,
        @Schema(example = "umearegionen", nullable = true, description = "null for questions shipped with Bokslut") String associationId,
        @Schema(example = "Har du fått stöd på ett sätt som är till stor nytta för dig?") String text,
        Scale scale,
        @Schema(example = "[\"PARTICIPANT\"]") List<RespondentGroup> respondentGroups) {

    public boolean availableTo(String association) {
        return associationId == null || associationId.equals(association);
    }
}
