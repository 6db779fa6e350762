package se.bokslut.reporting.reference;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit that serves participants (plattform, torg, samordningsteam or insats). */
@Schema(description = "A platform of the association")
public record Platform(
        @Schema(required = true, example = "ungdomstorget") String id,
        @Schema(required = true, example = "Ungdomstorget") String name,
        @Schema(example = "2480", description = "SCB code of the municipality it serves, if one") String municipalityCode,
        @Schema(example = "2016-01-01") LocalDate activeFrom,
        @Schema(example = "2024-12-31", nullable = true) LocalDate activeTo) {
}
