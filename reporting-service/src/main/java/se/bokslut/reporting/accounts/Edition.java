package se.bokslut.reporting.accounts;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An adopted edition of the social accounts (fastställd version). */
@Schema(description = "An adopted edition of the social accounts; its documents never change")
public record Edition(
        @Schema(example = "umearegionen") String associationId,
        @Schema(example = "2019") int year,
        @Schema(example = "1") int edition,
        @Schema(example = "3") int goalModelVersion,
        @Schema(example = "analyst@umearegionen") String adoptedBy,
        OffsetDateTime adoptedAt,
        @Schema(description = "Units whose goal fulfilment is frozen with it") List<String> units,
        @Schema(example = "/api/v1/reports/social-accounts/umearegionen/2019/editions/1") String href) {
}
