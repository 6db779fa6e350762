package se.bokslut.reporting.background;

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
import se.bokslut.reporting.report.Csv;
import se.bokslut.reporting.security.Caller;

@Path("/api/v1/reports/background")
@Tag(name = "Reports", description = "Volume tables and goal fulfilment, as JSON or CSV")
@RolesAllowed({ Caller.ANALYST, Caller.BI_READER })
@SecurityRequirement(name = "bearer")
public class BackgroundReportResource {

    static final String CSV_EXAMPLE = """
            association_id,unit,period,from,to,population,measure,category,name,women,men,total,women_percent,men_percent,total_percent
            umearegionen,ungdomstorget,2019,2019-01-01,2019-12-31,participants,persons,,,148,147,295,,,
            umearegionen,ungdomstorget,2019,2019-01-01,2019-12-31,participants,age_at_start,20_24,20–24 år,61,58,119,41,39,40
            umearegionen,ungdomstorget,2019,2019-01-01,2019-12-31,participants,municipality,2480,Umeå,120,118,238,81,80,81
            """;

    @Inject
    BackgroundReportService background;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
    @Operation(summary = "Background of the participants of a platform or unit group",
            description = "For the participants during the period and, separately, for those who started in it: "
                    + "persons beside episodes, re-referred persons, age at start, education, income support at "
                    + "start, years on public support and municipality (SCB code and name); referrals by referrer; "
                    + "time in the platform of the period's closures; follow-ups of those closures by the year's "
                    + "outcome groups. Women, men and total with whole-percent shares of the stated base. Persons "
                    + "count once per table: in a unit group a person on two of its platforms counts on each "
                    + "platform's report but once in the group's. BI readers get small counts hidden.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BackgroundReport.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)) })
    @APIResponse(responseCode = "400", description = "A parameter is missing or malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown association or unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "scoring-service did not answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BackgroundReport json(
            @Parameter(required = true, example = "umearegionen") @QueryParam("associationId") String associationId,
            @Parameter(required = true, example = "ungdomstorget") @QueryParam("unit") String unit,
            @Parameter(example = "2019") @QueryParam("year") String year,
            @Parameter(description = "2019, 2019-T1, 2019-Q2 or 2019-05; the whole year when absent") @QueryParam("period") String period) {
        return background.reportFor(associationId, unit, year, period);
    }

    @GET
    @Produces(Csv.MEDIA_TYPE + ";qs=0.9")
    @Operation(hidden = true)
    public String csv(@QueryParam("associationId") String associationId, @QueryParam("unit") String unit,
            @QueryParam("year") String year, @QueryParam("period") String period) {
        return BackgroundCsv.write(background.reportFor(associationId, unit, year, period));
    }
}
