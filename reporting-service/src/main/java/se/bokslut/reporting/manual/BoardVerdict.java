package se.bokslut.reporting.manual;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The board's own assessment of a goal for a unit and year, stored beside the computed statuses (SPEC §7). */
@Schema(description = "The board's verdict on a goal, with its written motivation")
public record BoardVerdict(
        @Schema(required = true) Verdict status,
        @Schema(description = "Required unless NOT_ASSESSED", maxLength = 4000,
                example = "Målet är delvis uppfyllt: övergången till arbete ökade men inte till målnivån.") String motivation) {

    /** GREEN, YELLOW and RED as in the signals, or NOT_ASSESSED when the board has not judged the goal. */
    public enum Verdict {
        GREEN, YELLOW, RED, NOT_ASSESSED
    }
}
