package se.bokslut.reporting.audit;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.bokslut.reporting.problem.InvalidInputException;
import se.bokslut.reporting.problem.Problem;
import se.bokslut.reporting.security.Caller;

@Path("/api/v1/audit")
@Tag(name = "Audit", description = "Changes of reference data, questions and goal models")
@Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
@RolesAllowed(Caller.ANALYST)
@SecurityRequirement(name = "bearer")
public class AuditResource {

    private static final Set<String> TYPES = Set.of(AuditService.SOCIAL_ACCOUNTS_EDITION, AuditService.ASSOCIATION,
            AuditService.QUESTION,
            AuditService.GOAL_MODEL, AuditService.MANUAL_INPUT, AuditService.BOARD_VERDICT);

    @Inject
    AuditService audit;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The association's changes, newest first")
    public List<AuditRecord> list(
            @Parameter(required = true, example = "umearegionen") @QueryParam("associationId") String associationId,
            @Parameter(description = "ASSOCIATION, QUESTION, GOAL_MODEL, MANUAL_INPUT, BOARD_VERDICT or SOCIAL_ACCOUNTS_EDITION") @QueryParam("subjectType") String subjectType,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        caller.requireAssociation(associationId, "associationId");
        if (subjectType != null && !TYPES.contains(subjectType)) {
            throw InvalidInputException.badParameter("subjectType", "must be ASSOCIATION, QUESTION, GOAL_MODEL, SOCIAL_ACCOUNTS_EDITION, "
                    + "MANUAL_INPUT or BOARD_VERDICT");
        }
        if (page < 0 || size < 1 || size > 500) {
            throw InvalidInputException.badParameter("size", "page must be ≥ 0 and size between 1 and 500");
        }
        return audit.of(associationId, subjectType, page, size);
    }
}
