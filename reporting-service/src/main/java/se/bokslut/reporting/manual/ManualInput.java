package se.bokslut.reporting.manual;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The result of a manual indicator for a unit and year, as an analyst enters it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The result of a manual indicator: value for MANUAL_VALUE and EXAMPLES, present for PRESENCE")
public record ManualInput(
        @Schema(description = "MANUAL_VALUE: any number, as it is published (e.g. -1.4 percentage points); "
                + "EXAMPLES: the number of case narratives, a whole number from 0", example = "-1.4") BigDecimal value,
        @Schema(description = "PRESENCE: true when it is there (e.g. background data reported)") Boolean present,
        @Schema(description = "Where the value comes from or what it rests on; shown with the result",
                example = "Försäkringskassan, sjukpenningdagar per försäkrad 2018–2019", maxLength = 2000) String comment,
        @Schema(description = "EXAMPLES: the case narratives (fallbeskrivningar) themselves; value is then their number")
        java.util.List<Narrative> narratives) {

    /** One case narrative of an EXAMPLES entry, as the social accounts print it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A case narrative")
    public record Narrative(
            @Schema(required = true, example = "Från isolering till praktik", maxLength = 200) String title,
            @Schema(required = true, maxLength = 8000) String text,
            @Schema(example = "2019-11-04") java.time.LocalDate date) {
    }

    public ManualInput withValue(BigDecimal newValue) {
        return new ManualInput(newValue, present, comment, narratives);
    }
}
