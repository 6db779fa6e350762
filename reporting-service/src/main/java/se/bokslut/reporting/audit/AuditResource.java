package se.bokslut.reporting.audit;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.bokslut.reporting.problem.InvalidInputException;
import se.bokslut.reporting.problem.Problem;
import se.bokslut.reporting.problem.UnknownResourceException;
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

    /** The most entries one page holds; its documents are bounded too (AuditService.PAGE_DOCUMENTS_MAX_CHARS). */
    static final int MAX_PAGE_SIZE = 100;

    @GET
    @Operation(summary = "The association's changes, newest first",
            description = "A page carries at most 100 entries and 1 Mi characters of documents; documents past that "
                    + "are named in `omitted` and read one entry at a time with GET /api/v1/audit/{id}.")
    public List<AuditRecord> list(
            @Parameter(required = true, example = "umearegionen") @QueryParam("associationId") String associationId,
            @Parameter(description = "ASSOCIATION, QUESTION, GOAL_MODEL, MANUAL_INPUT, BOARD_VERDICT or SOCIAL_ACCOUNTS_EDITION") @QueryParam("subjectType") String subjectType,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String pageText,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50")) @QueryParam("size") String sizeText) {
        int page = InvalidInputException.wholeNumber("page", pageText, 0);
        int size = InvalidInputException.wholeNumber("size", sizeText, 50);
        caller.requireAssociation(associationId, "associationId");
        if (subjectType != null && !TYPES.contains(subjectType)) {
            throw InvalidInputException.badParameter("subjectType", "must be ASSOCIATION, QUESTION, GOAL_MODEL, SOCIAL_ACCOUNTS_EDITION, "
                    + "MANUAL_INPUT or BOARD_VERDICT");
        }
        if (page < 0) {
            throw InvalidInputException.badParameter("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.badParameter("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return audit.of(associationId, subjectType, page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One change with both its documents",
            description = "For an entry whose documents a page left out. Another association's entry is answered "
                    + "404, as one that does not exist.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AuditRecord.class)))
    @APIResponse(responseCode = "404", description = "No such entry of the caller's association",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AuditRecord entry(@PathParam("id") long id) {
        return audit.entry(caller.association(), id)
                .orElseThrow(() -> new UnknownResourceException("id", "no change with this number"));
    }
}
