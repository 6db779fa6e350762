package se.bokslut.reporting.goal;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A numbered group of goals (målområde), e.g. 1 Deltagarnytta. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A goal area with its goals")
public record GoalArea(
        @Schema(required = true, example = "1") String id,
        @Schema(required = true, example = "Deltagarnytta") String title,
        @Schema(required = true) List<Goal> goals,
        @Schema(description = "Composite index settings; points GREEN 2, YELLOW 1, RED 0 and no budget when absent")
        GoalAreaIndex index) {

    /** The index settings, the defaults when the model sets none. */
    public GoalAreaIndex indexOrDefault() {
        return index == null ? new GoalAreaIndex(null, null) : index;
    }
}
