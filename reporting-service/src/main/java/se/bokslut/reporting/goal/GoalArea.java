package se.bokslut.reporting.goal;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A numbered group of goals (målområde), e.g. 1 Deltagarnytta. */
@Schema(description = "A goal area with its goals")
public record GoalArea(
        @Schema(required = true, example = "1") String id,
        @Schema(required = true, example = "Deltagarnytta") String title,
        @Schema(required = true) List<Goal> goals) {
}
