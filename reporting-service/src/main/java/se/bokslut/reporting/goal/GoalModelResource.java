package se.bokslut.reporting.goal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.bokslut.reporting.problem.Problem;
import se.bokslut.reporting.security.Caller;

@Path("/api/v1/goal-models/{associationId}/{year}")
@Tag(name = "Goal models", description = "Yearly goal models: outcome groups, unit groups, goals, indicators and targets")
@Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
@SecurityRequirement(name = "bearer")
public class GoalModelResource {

    @Inject
    GoalModelService goalModels;

    @Inject
    Caller caller;

    @RolesAllowed(Caller.ANALYST)
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a new version of the goal model for a year",
            description = "The format is described in docs/goal-model.md and docs/goal-model.schema.json.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = GoalModel.class)))
    @APIResponse(responseCode = "200", description = "Stored as a new version",
            content = @Content(schema = @Schema(implementation = GoalModel.class)))
    @APIResponse(responseCode = "404", description = "Unknown association",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The model is invalid; each violation names its path",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GoalModel put(@PathParam("associationId") String associationId, @PathParam("year") int year, String body) {
        caller.requireAssociation(associationId, "associationId");
        return goalModels.put(associationId, year, body);
    }

    @RolesAllowed({ Caller.ANALYST, Caller.BI_READER })
    @GET
    @Operation(summary = "The goal model in force for a year, or an earlier version")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = GoalModel.class)))
    @APIResponse(responseCode = "404", description = "No goal model for that year or version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GoalModel get(@PathParam("associationId") String associationId, @PathParam("year") int year,
            @Parameter(description = "A version number; the newest when absent") @QueryParam("version") Integer version) {
        caller.requireAssociation(associationId, "associationId");
        return goalModels.get(associationId, year, version);
    }
}
