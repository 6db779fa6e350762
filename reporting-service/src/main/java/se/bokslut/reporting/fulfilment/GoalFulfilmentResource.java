package se.bokslut.reporting.fulfilment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.bokslut.reporting.problem.Problem;
import se.bokslut.reporting.security.Caller;
import se.bokslut.reporting.report.Csv;

@Path("/api/v1/reports/goal-fulfilment")
@Tag(name = "Reports")
@RolesAllowed({ Caller.ANALYST, Caller.BI_READER })
@SecurityRequirement(name = "bearer")
public class GoalFulfilmentResource {

    static final String CSV_EXAMPLE = """
            association_id,unit,period,goal_area,goal,indicator,title,kind,gender,numerator,denominator,value,value_unit,target,direction,status,comment,board_verdict,board_motivation
            umearegionen,ungdomstorget,2019,1,1.1,1.1.1,Andel avslut till arbete,CLOSURE_SHARE,total,29,128,23,PERCENT,35,AT_LEAST,RED,,,
            """;

    @Inject
    GoalFulfilmentService fulfilment;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
    @Operation(summary = "Goal fulfilment of a platform or unit group",
            description = "Every indicator of the year's goal model that applies to the unit, with numerator, "
                    + "denominator, value, target, direction and GREEN/YELLOW/RED/NO_DATA, in total and per gender, "
                    + "and a status summary per goal, goal area and overall. A period inside the year gives the "
                    + "fulfilment so far.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalFulfilment.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)) })
    @APIResponse(responseCode = "400", description = "A parameter is missing or malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown association or unit, or no goal model for the year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "scoring-service did not answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GoalFulfilment json(
            @Parameter(required = true, example = "umearegionen") @QueryParam("associationId") String associationId,
            @Parameter(required = true, example = "ungdomstorget") @QueryParam("unit") String unit,
            @Parameter(example = "2019") @QueryParam("year") String year,
            @Parameter(description = "2019, 2019-T1, 2019-Q2 or 2019-05; the whole year when absent") @QueryParam("period") String period) {
        return fulfilment.fulfilmentFor(associationId, unit, year, period);
    }

    @GET
    @Produces(Csv.MEDIA_TYPE + ";qs=0.9")
    @Operation(hidden = true)
    public String csv(@QueryParam("associationId") String associationId, @QueryParam("unit") String unit,
            @QueryParam("year") String year, @QueryParam("period") String period) {
        return GoalFulfilmentCsv.write(fulfilment.fulfilmentFor(associationId, unit, year, period));
    }
}
