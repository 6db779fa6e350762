package se.bokslut.intake.participant.contract;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The participant's background at start. Never contains names or identity numbers. */
@Schema(description = "Background of the participant at start")
public record Profile(
        @Schema(required = true) Gender gender,
        @Schema(required = true, example = "1998", description = "Year of birth, 1900 up to this year") Integer birthYear,
        @Schema(required = true, example = "2480", pattern = "^[0-9]{4}$", description = "SCB municipality code") String municipalityCode,
        @Schema(required = true) Education education,
        @Schema(description = "Income support at start; several allowed") List<IncomeSupport> incomeSupport,
        @Schema(nullable = true, example = "3", description = "Whole years on public support before start, null when unknown") Integer yearsOnPublicSupport,
        @Schema(example = "[\"PSYCHIATRIC_CONTACT\"]", description = "Upper-case words goal models may filter on") List<String> tags) {

    public Profile {
        incomeSupport = incomeSupport == null ? List.of() : List.copyOf(incomeSupport);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
