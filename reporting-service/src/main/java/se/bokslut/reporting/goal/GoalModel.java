package se.bokslut.reporting.goal;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import se.bokslut.reporting.reference.UnitGroup;

/**
 * An association's goal model for one year (docs/goal-model.md): the unit groups and outcome groups of that year and
 * the goal areas, goals and indicators with their targets.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A goal model for one association and year (docs/goal-model.md)")
public record GoalModel(
        @Schema(example = "umearegionen", description = "Optional in a PUT; must equal the path") String associationId,
        @Schema(example = "2019", description = "Optional in a PUT; must equal the path") Integer year,
        @Schema(example = "Socialt bokslut 2019") String title,
        @Schema(description = "Named sets of platforms for this year") List<UnitGroup> unitGroups,
        @Schema(required = true, description = "Platforms and unit groups the model is assessed for") List<String> assessedUnits,
        @Schema(required = true) List<OutcomeGroup> outcomeGroups,
        @Schema(required = true) List<GoalArea> goalAreas,
        @Schema(readOnly = true, description = "Set by the server: 1 for the first upload, then +1 per change") Integer version,
        @Schema(readOnly = true) OffsetDateTime updatedAt) {

    public GoalModel {
        unitGroups = unitGroups == null ? List.of() : List.copyOf(unitGroups);
        assessedUnits = assessedUnits == null ? null : List.copyOf(assessedUnits);
        outcomeGroups = outcomeGroups == null ? null : List.copyOf(outcomeGroups);
        goalAreas = goalAreas == null ? null : List.copyOf(goalAreas);
    }

    public GoalModel stored(String associationId, int year, int version, OffsetDateTime updatedAt) {
        return new GoalModel(associationId, year, title, unitGroups, assessedUnits, outcomeGroups, goalAreas, version,
                updatedAt);
    }

    public java.util.Optional<OutcomeGroup> outcomeGroup(String id) {
        return outcomeGroups.stream().filter(group -> group.id().equals(id)).findFirst();
    }

    public java.util.Optional<UnitGroup> unitGroup(String id) {
        return unitGroups.stream().filter(group -> group.id().equals(id)).findFirst();
    }

    public java.util.Optional<Goal> goal(String id) {
        return goalAreas.stream().flatMap(area -> area.goals().stream()).filter(goal -> goal.id().equals(id))
                .findFirst();
    }

    public java.util.Optional<Indicator> indicator(String id) {
        return goalAreas.stream().flatMap(area -> area.goals().stream()).flatMap(goal -> goal.indicators().stream())
                .filter(indicator -> indicator.id().equals(id)).findFirst();
    }
}
