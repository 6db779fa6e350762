package se.bokslut.scoring.figures;

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

import se.bokslut.scoring.problem.Problem;
import se.bokslut.scoring.security.Caller;

@Path("/api/v1/figures/version")
@Tag(name = "Figures", description = "Aggregates reporting-service builds its reports from")
@Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
@RolesAllowed(Caller.REPORTING_SERVICE)
@SecurityRequirement(name = "bearer")
public class FiguresVersionResource {

    @Inject
    Caller caller;

    @Inject
    FiguresVersions versions;

    @GET
    @Operation(summary = "The number of the association's figures",
            description = "One primary-key read. reporting asks it once per report and reuses the figures it read under "
                    + "the same number; the number moves in the transaction that applies a new fact or survey response.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FiguresVersion.class)))
    @APIResponse(responseCode = "400", description = "associationId is missing or malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FiguresVersion version(
            @Parameter(required = true, example = "umearegionen") @QueryParam("associationId") String associationId) {
        FigureQuery.requireId("associationId", associationId);
        caller.requireAssociation(associationId, "associationId");
        return new FiguresVersion(associationId, versions.epoch(), versions.of(associationId));
    }
}
