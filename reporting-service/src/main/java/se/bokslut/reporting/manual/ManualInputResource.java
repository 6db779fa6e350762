package se.bokslut.reporting.manual;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.bokslut.reporting.manual.ManualEntry.SubjectType;
import se.bokslut.reporting.problem.Problem;
import se.bokslut.reporting.problem.UnknownResourceException;
import se.bokslut.reporting.security.Caller;

@Path("/api/v1/manual-inputs/{associationId}/{year}")
@Tag(name = "Manual inputs", description = "What no system records: results of the manual indicators "
        + "(MANUAL_VALUE, EXAMPLES, PRESENCE) and the board's verdicts on goals, per unit and year")
@Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
@SecurityRequirement(name = "bearer")
@RolesAllowed(Caller.ANALYST)
public class ManualInputResource {

    private static final String UNIT = "A platform or unit group the goal model assesses";

    @Inject
    ManualInputService manual;

    @GET
    @Operation(summary = "Everything entered for the year, of one unit or of all")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = ManualRecord.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "Unknown association or unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ManualRecord> list(@PathParam("associationId") String associationId, @PathParam("year") int year,
            @Parameter(description = "Only this unit") @QueryParam("unit") String unit) {
        return manual.list(associationId, year, unit == null || unit.isBlank() ? null : unit);
    }

    @PUT
    @Path("/{unit}/indicators/{indicatorId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter or correct the result of a manual indicator",
            description = "The indicator must be a MANUAL_VALUE, EXAMPLES or PRESENCE indicator of the year's goal "
                    + "model that is assessed for the unit. The result counts for the whole year.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ManualInput.class), examples = {
            @ExampleObject(name = "MANUAL_VALUE", value = "{\"value\": -1.4, \"comment\": \"Försäkringskassan\"}"),
            @ExampleObject(name = "EXAMPLES", value = "{\"value\": 3}"),
            @ExampleObject(name = "PRESENCE", value = "{\"present\": true}") }))
    @APIResponse(responseCode = "200", description = "Stored; goal fulfilment for the year shows it",
            content = @Content(schema = @Schema(implementation = ManualRecord.class)))
    @APIResponse(responseCode = "404", description = "Unknown association, unit or indicator, or no goal model",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not a manual indicator, not assessed for the unit, or a bad value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ManualRecord putInput(@PathParam("associationId") String associationId, @PathParam("year") int year,
            @Parameter(description = UNIT) @PathParam("unit") String unit,
            @PathParam("indicatorId") String indicatorId, String body) {
        return manual.putInput(associationId, year, unit, indicatorId, body);
    }

    @DELETE
    @Path("/{unit}/indicators/{indicatorId}")
    @Operation(summary = "Remove an entered result; the indicator shows NO_DATA again")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "Nothing was entered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response removeInput(@PathParam("associationId") String associationId, @PathParam("year") int year,
            @PathParam("unit") String unit, @PathParam("indicatorId") String indicatorId) {
        return removed(manual.remove(associationId, year, unit, SubjectType.INDICATOR, indicatorId), "indicatorId");
    }

    @PUT
    @Path("/{unit}/verdicts/{goalId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store the board's verdict on a goal for a unit",
            description = "Shown beside the computed statuses of the goal in the year's goal fulfilment.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BoardVerdict.class)))
    @APIResponse(responseCode = "200", description = "Stored",
            content = @Content(schema = @Schema(implementation = ManualRecord.class)))
    @APIResponse(responseCode = "404", description = "Unknown association, unit or goal, or no goal model",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The goal is not assessed for the unit, or a bad verdict",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ManualRecord putVerdict(@PathParam("associationId") String associationId, @PathParam("year") int year,
            @Parameter(description = UNIT) @PathParam("unit") String unit, @PathParam("goalId") String goalId,
            String body) {
        return manual.putVerdict(associationId, year, unit, goalId, body);
    }

    @DELETE
    @Path("/{unit}/verdicts/{goalId}")
    @Operation(summary = "Remove the board's verdict on a goal")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No verdict was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response removeVerdict(@PathParam("associationId") String associationId, @PathParam("year") int year,
            @PathParam("unit") String unit, @PathParam("goalId") String goalId) {
        return removed(manual.remove(associationId, year, unit, SubjectType.GOAL, goalId), "goalId");
    }

    private static Response removed(boolean removed, String field) {
        if (!removed) {
            throw new UnknownResourceException(field, "nothing was entered for it");
        }
        return Response.noContent().build();
    }
}
