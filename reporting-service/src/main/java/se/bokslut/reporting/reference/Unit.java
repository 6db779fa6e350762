package se.bokslut.reporting.reference;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a report is about: one platform, or a group of platforms whose figures are summed. */
@Schema(description = "The platform or unit group a report covers")
public record Unit(
        @Schema(example = "ungdomstorget") String id,
        @Schema(example = "Ungdomstorget") String name,
        @Schema(example = "PLATFORM") Kind kind,
        @Schema(example = "[\"ungdomstorget\"]") List<String> platformIds) {

    public enum Kind {
        PLATFORM, UNIT_GROUP
    }
}
