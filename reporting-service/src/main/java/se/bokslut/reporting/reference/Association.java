package se.bokslut.reporting.reference;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coordination association (samordningsförbund) with its platforms and standing unit groups. */
@Schema(description = "An association's reference data")
public record Association(
        @Schema(example = "umearegionen", description = "Optional in a PUT; must equal the path") String id,
        @Schema(required = true, example = "Samordningsförbundet Umeåregionen") String name,
        @Schema(required = true) List<Platform> platforms,
        List<UnitGroup> unitGroups) {

    public Association {
        platforms = platforms == null ? null : List.copyOf(platforms);
        unitGroups = unitGroups == null ? List.of() : List.copyOf(unitGroups);
    }

    public Association withId(String newId) {
        return new Association(newId, name, platforms, unitGroups);
    }
}
