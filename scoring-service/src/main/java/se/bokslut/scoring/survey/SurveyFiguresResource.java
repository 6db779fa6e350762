package se.bokslut.scoring.survey;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.bokslut.scoring.figures.FigureQuery;
import se.bokslut.scoring.problem.Problem;
import se.bokslut.scoring.security.Caller;

@Path("/api/v1/figures/surveys")
@Tag(name = "Figures")
@Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
@RolesAllowed(Caller.REPORTING_SERVICE)
@SecurityRequirement(name = "bearer")
public class SurveyFiguresResource {

    @Inject
    Caller caller;

    @Inject
    SurveyFiguresService surveys;

    @GET
    @Operation(summary = "Survey counts of one or more platforms for a date range",
            description = "A response that covers several of the platforms counts once for each.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SurveyFigures.class)))
    @APIResponse(responseCode = "400", description = "A parameter is missing or malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SurveyFigures figures(
            @Parameter(required = true, example = "umearegionen") @QueryParam("associationId") String associationId,
            @Parameter(required = true, example = "ungdomstorget") @QueryParam("platformId") List<String> platformIds,
            @Parameter(required = true, example = "2019-01-01") @QueryParam("from") String from,
            @Parameter(required = true, example = "2019-12-31") @QueryParam("to") String to) {
        FigureQuery query = FigureQuery.of(associationId, platformIds, from, to);
        caller.requireAssociation(query.associationId(), "associationId");
        return surveys.figures(query.associationId(), query.platformIds(), query.from(), query.to());
    }
}
