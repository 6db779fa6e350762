package se.bokslut.reporting.reference;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.bokslut.reporting.problem.Problem;
import se.bokslut.reporting.security.Caller;

@Path("/api/v1/associations")
@Tag(name = "Reference data", description = "Associations, their platforms and unit groups")
@Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
@SecurityRequirement(name = "bearer")
public class AssociationResource {

    @Inject
    ReferenceDataService referenceData;

    @Inject
    Caller caller;

    @RolesAllowed({ Caller.ANALYST, Caller.BI_READER })
    @GET
    @Operation(summary = "The caller's association, as a list")
    public List<Association> all() {
        return referenceData.all().stream().filter(association -> association.id().equals(caller.association()))
                .toList();
    }

    @RolesAllowed({ Caller.ANALYST, Caller.BI_READER })
    @GET
    @Path("/{associationId}")
    @Operation(summary = "One association's platforms and unit groups")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Association.class)))
    @APIResponse(responseCode = "404", description = "No such association, or one the caller may not read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Association get(@PathParam("associationId") String associationId) {
        caller.requireAssociation(associationId, "associationId");
        return referenceData.get(associationId);
    }

    @RolesAllowed(Caller.ANALYST)
    @PUT
    @Path("/{associationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace an association's reference data",
            description = "Intake accepts events only for associations and platforms known here.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Association.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Association.class)))
    @APIResponse(responseCode = "422", description = "The document is invalid; the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Association put(@PathParam("associationId") String associationId, String body) {
        caller.requireAssociation(associationId, "associationId");
        return referenceData.put(associationId, body);
    }
}
