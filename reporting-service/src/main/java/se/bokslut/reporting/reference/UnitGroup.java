package se.bokslut.reporting.reference;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A named set of platforms reported together (e.g. hela förbundet). */
@Schema(description = "A named set of platforms reported together")
public record UnitGroup(
        @Schema(required = true, example = "hela-forbundet") String id,
        @Schema(required = true, example = "Hela förbundet") String name,
        @Schema(required = true, example = "[\"ungdomstorget\", \"vuxentorget\"]") List<String> platformIds) {

    public UnitGroup {
        platformIds = platformIds == null ? null : List.copyOf(platformIds);
    }
}
