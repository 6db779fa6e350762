package se.bokslut.reporting.years;

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

@Path("/api/v1/reports/years")
@Tag(name = "Reports")
@RolesAllowed({ Caller.ANALYST, Caller.BI_READER })
@SecurityRequirement(name = "bearer")
public class YearsReportResource {

    static final String CSV_EXAMPLE = """
            association_id,unit,year,indicator_key,indicator,title,kind,gender,numerator,denominator,value,value_unit,target,status,reason,definitions_year
            umearegionen,ungdomstorget,2019,volume.closed,,,VOLUME,total,128,,128,COUNT,,,,2020
            umearegionen,ungdomstorget,2019,work-share,1.1.2,Andel av de positiva avsluten som gått till arbete,CLOSURE_SHARE,total,29,105,28,PERCENT,35,RED,,2020
            umearegionen,ungdomstorget,2020,work-share,1.1.2,Andel av de positiva avsluten som gått till arbete,CLOSURE_SHARE,total,17,43,40,PERCENT,35,GREEN,,2020
            """;

    static final String JSON_EXAMPLE = """
            {"associationId": "umearegionen", "unit": "ungdomstorget", "fromYear": 2019, "toYear": 2020, "definitionsOf": null,
             "years": [
              {"year": 2019, "definitionsYear": 2019, "goalModelVersion": 1,
               "unit": {"id": "ungdomstorget", "name": "Ungdomstorget", "kind": "PLATFORM", "platformIds": ["ungdomstorget"]},
               "volume": {"participants": {"women": 148, "men": 147, "total": 295}, "started": {"women": 66, "men": 55, "total": 121},
                          "closed": {"women": 55, "men": 73, "total": 128}, "remaining": {"women": 93, "men": 74, "total": 167}},
               "reasons": []},
              {"year": 2020, "definitionsYear": 2020, "goalModelVersion": 1, "reasons": []}],
             "indicators": [
              {"key": "positive-share", "title": "Andel avslutade deltagare med positivt avslut", "years": [
               {"year": 2019, "definitionsYear": 2019, "status": "NO_DATA",
                "reason": {"code": "NOT_IN_MODEL", "text": "the 2019 goal model has no indicator with key positive-share"}},
               {"year": 2020, "definitionsYear": 2020, "id": "1.1.1", "kind": "CLOSURE_SHARE", "numerator": 43, "denominator": 56,
                "value": 77, "valueUnit": "PERCENT", "target": 90, "status": "YELLOW"}]},
              {"key": "work-share", "title": "Andel av de positiva avsluten som gått till arbete", "years": [
               {"year": 2019, "definitionsYear": 2019, "id": "1.1.1", "title": "Andel avslutade deltagare som gått till arbete",
                "kind": "CLOSURE_SHARE", "numerator": 29, "denominator": 128, "value": 23, "valueUnit": "PERCENT", "target": 35,
                "direction": "AT_LEAST", "status": "RED", "byGender": {"women": {"numerator": 10, "denominator": 55, "value": 18, "status": "RED"}}},
               {"year": 2020, "definitionsYear": 2020, "id": "1.1.2", "kind": "CLOSURE_SHARE", "numerator": 17, "denominator": 43,
                "value": 40, "valueUnit": "PERCENT", "target": 35, "status": "GREEN"}]}],
             "suppression": null}
            """;

    @Inject
    YearsReportService years;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
    @Operation(summary = "A unit's indicators year by year",
            description = "Every year from fromYear to toYear (at most 20), each with its goal model, its volume "
                    + "headline (participants, started, closed, remaining) and one result per indicator key "
                    + "(docs/goal-model.md §7.1). Without definitionsOf each year is assessed under its own goal "
                    + "model; with definitionsOf=Y every year's figures are assessed under Y's outcome groups, unit "
                    + "groups, indicator definitions and targets, so the series compares like with like. A year or "
                    + "result with nothing to show is present with status NO_DATA and a reason (NO_GOAL_MODEL, "
                    + "NOT_IN_MODEL, NOT_ASSESSED_FOR_UNIT, UNKNOWN_UNIT, NO_FIGURES, NO_ANSWERS, NO_MANUAL_ENTRY, "
                    + "ZERO_DENOMINATOR).")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearsReport.class),
                    examples = @ExampleObject(name = "own definitions", value = JSON_EXAMPLE)),
            @Content(mediaType = Csv.MEDIA_TYPE, examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)) })
    @APIResponse(responseCode = "400", description = "A parameter is missing or malformed, or the range is longer than 20 years",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown association or unit, or no goal model for definitionsOf",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "scoring-service did not answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public YearsReport json(
            @Parameter(required = true, example = "umearegionen") @QueryParam("associationId") String associationId,
            @Parameter(required = true, example = "ungdomstorget") @QueryParam("unit") String unit,
            @Parameter(required = true, example = "2017") @QueryParam("fromYear") String fromYear,
            @Parameter(required = true, example = "2020") @QueryParam("toYear") String toYear,
            @Parameter(example = "2020", description = "Assess every year under this year's goal model; each year "
                    + "under its own when absent") @QueryParam("definitionsOf") String definitionsOf) {
        return years.reportFor(associationId, unit, fromYear, toYear, definitionsOf);
    }

    @GET
    @Produces(Csv.MEDIA_TYPE + ";qs=0.9")
    @Operation(hidden = true)
    public String csv(@QueryParam("associationId") String associationId, @QueryParam("unit") String unit,
            @QueryParam("fromYear") String fromYear, @QueryParam("toYear") String toYear,
            @QueryParam("definitionsOf") String definitionsOf) {
        return YearsCsv.write(years.reportFor(associationId, unit, fromYear, toYear, definitionsOf));
    }
}
