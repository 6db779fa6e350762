package se.bokslut.intake.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.bokslut.intake.problem.Problem;
import se.bokslut.intake.security.Caller;
import se.bokslut.intake.validation.UnknownAssociationException;

@Path("/api/v1/associations/{associationId}")
@Tag(name = "Reference data", description = "The associations and platforms intake accepts events for")
@Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
@RolesAllowed({ Caller.CASE_SYSTEM, Caller.SURVEY_TOOL })
@SecurityRequirement(name = "bearer")
public class ReferenceDataResource {

    @Inject
    ReferenceData referenceData;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The platforms of an association that intake accepts events for",
            description = "Maintained in reporting-service (PUT /api/v1/associations/{associationId}); intake learns "
                    + "changes within a second.")
    public KnownAssociation get(@PathParam("associationId") String associationId) {
        caller.requireAssociation(associationId, "associationId");
        return referenceData.association(associationId).orElseThrow(UnknownAssociationException::new);
    }
}
