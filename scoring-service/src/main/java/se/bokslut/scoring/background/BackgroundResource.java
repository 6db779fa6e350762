package se.bokslut.scoring.background;

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

@Path("/api/v1/figures/background")
@Tag(name = "Figures", description = "Aggregates reporting-service builds its reports from")
@Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
@RolesAllowed(Caller.REPORTING_SERVICE)
@SecurityRequirement(name = "bearer")
public class BackgroundResource {

    @Inject
    Caller caller;

    @Inject
    BackgroundRepository background;

    @GET
    @Operation(summary = "Background figures of one or more platforms for a date range",
            description = "Persons are distinct participants across all the platforms asked for: a person on two "
                    + "platforms counts once. Episodes, referrals and closures are summed over the platforms.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BackgroundFigures.class)))
    @APIResponse(responseCode = "400", description = "A parameter is missing or malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BackgroundFigures figures(
            @Parameter(required = true, example = "umearegionen") @QueryParam("associationId") String associationId,
            @Parameter(required = true, example = "ungdomstorget") @QueryParam("platformId") List<String> platformIds,
            @Parameter(required = true, example = "2019-01-01") @QueryParam("from") String from,
            @Parameter(required = true, example = "2019-12-31") @QueryParam("to") String to) {
        FigureQuery query = FigureQuery.of(associationId, platformIds, from, to);
        caller.requireAssociation(query.associationId(), "associationId");
        return background.figures(query.associationId(), query.platformIds(), query.from(), query.to());
    }
}
