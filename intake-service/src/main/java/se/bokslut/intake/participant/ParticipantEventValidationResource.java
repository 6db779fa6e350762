package se.bokslut.intake.participant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.bokslut.intake.acceptance.AcceptanceStatus;
import se.bokslut.intake.acceptance.BatchResult;
import se.bokslut.intake.acceptance.ItemResult;
import se.bokslut.intake.participant.contract.ParticipantEvent;
import se.bokslut.intake.problem.Problem;
import se.bokslut.intake.security.Caller;

/**
 * Lets a case-management system's vendor test an export against the contract without sending data: the answers are
 * exactly those of {@code POST /api/v1/participant-events} (and {@code /batch}), but nothing is stored, published or
 * counted.
 */
@Path("/api/v1/participant-events/validate")
@Tag(name = "Participant events")
@Consumes(MediaType.APPLICATION_JSON)
@Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
@RolesAllowed(Caller.CASE_SYSTEM)
@SecurityRequirement(name = "bearer")
public class ParticipantEventValidationResource {

    @Inject
    ParticipantEventService service;

    @POST
    @Operation(operationId = "validateParticipantEvent", summary = "Check one participant event without sending it",
            description = "Answers exactly what POST /api/v1/participant-events would answer now (202 ACCEPTED for an "
                    + "event that would be accepted, 200 DUPLICATE, 403, 409, 422 with the same violations), against "
                    + "what is already stored, but stores, publishes and counts nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ParticipantEvent.class),
            examples = @ExampleObject(name = "closure", value = ParticipantEventResource.CLOSED_EXAMPLE)))
    @APIResponse(responseCode = "202", description = "Would be accepted; nothing was stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemResult.class)))
    @APIResponse(responseCode = "200", description = "Was accepted before with the same content (DUPLICATE)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemResult.class)))
    @APIResponse(responseCode = "400", description = "The body is not a JSON object",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token may not post for this association or platform",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The eventId was accepted before with different content",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The event breaks the contract; the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response validate(String body) {
        ItemResult result = service.validate(body);
        return Response.status(result.status() == AcceptanceStatus.ACCEPTED ? 202 : 200).entity(result).build();
    }

    @POST
    @Path("/batch")
    @Operation(operationId = "validateParticipantEventBatch",
            summary = "Check up to 1,000 participant events without sending them",
            description = "Answers each item exactly as POST /api/v1/participant-events/batch would (ACCEPTED, "
                    + "DUPLICATE, CONFLICT, FORBIDDEN or REJECTED with its violations), but stores, publishes and "
                    + "counts nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ParticipantEvent.class, maxItems = 1000)))
    @APIResponse(responseCode = "200", description = "Per-item answers; nothing was stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "400", description = "The body is not a JSON array",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More items than the batch limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The batch is empty",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BatchResult validateBatch(String body) {
        return service.validateBatch(body);
    }
}
