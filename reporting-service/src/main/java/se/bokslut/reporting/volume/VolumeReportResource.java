package se.bokslut.reporting.volume;

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

@Path("/api/v1/reports/volume")
@Tag(name = "Reports", description = "Volume tables and goal fulfilment, as JSON or CSV")
@RolesAllowed({ Caller.ANALYST, Caller.BI_READER })
@SecurityRequirement(name = "bearer")
public class VolumeReportResource {

    static final String CSV_EXAMPLE = """
            association_id,unit,period,from,to,measure,category,women,men,total
            umearegionen,ungdomstorget,2019,2019-01-01,2019-12-31,participants,,148,147,295
            umearegionen,ungdomstorget,2019,2019-01-01,2019-12-31,closed_by_outcome,WORK,10,19,29
            """;

    @Inject
    VolumeReportService volume;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
    @Operation(summary = "Volume table of a platform or unit group",
            description = "Participants, started, referrals, preparation decisions, closures by outcome and by the "
                    + "year's outcome groups, remaining, and days to closure; women, men and total.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VolumeReport.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)) })
    @APIResponse(responseCode = "400", description = "A parameter is missing or malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown association or unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "scoring-service did not answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VolumeReport json(
            @Parameter(required = true, example = "umearegionen") @QueryParam("associationId") String associationId,
            @Parameter(required = true, example = "ungdomstorget") @QueryParam("unit") String unit,
            @Parameter(example = "2019") @QueryParam("year") String year,
            @Parameter(description = "2019, 2019-T1, 2019-Q2 or 2019-05; the whole year when absent") @QueryParam("period") String period) {
        return volume.reportFor(associationId, unit, year, period);
    }

    @GET
    @Produces(Csv.MEDIA_TYPE + ";qs=0.9")
    @Operation(hidden = true)
    public String csv(@QueryParam("associationId") String associationId, @QueryParam("unit") String unit,
            @QueryParam("year") String year, @QueryParam("period") String period) {
        return VolumeCsv.write(volume.reportFor(associationId, unit, year, period));
    }
}
