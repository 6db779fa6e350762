package se.bokslut.intake.reference;

import java.time.LocalDate;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What intake knows of an association: its platforms and when each is active. */
@Schema(description = "An association's platforms as intake knows them from the reference data")
public record KnownAssociation(String id, String name, Map<String, KnownPlatform> platforms) {

    @Schema(description = "A platform and the dates it accepts events for (open ends when absent)")
    public record KnownPlatform(String id, String name, LocalDate activeFrom, LocalDate activeTo) {

        public boolean activeOn(LocalDate date) {
            return (activeFrom == null || !date.isBefore(activeFrom)) && (activeTo == null || !date.isAfter(activeTo));
        }
    }
}
