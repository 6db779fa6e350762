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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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

@Path("/api/v1/participant-events")
@Tag(name = "Participant events", description = "Referrals, starts, closures and follow-ups from case-management systems")
@Consumes(MediaType.APPLICATION_JSON)
@Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
@RolesAllowed(Caller.CASE_SYSTEM)
@SecurityRequirement(name = "bearer")
public class ParticipantEventResource {

    static final String CLOSED_EXAMPLE = """
            {"eventId":"0b8e5c1e-4a5f-4d0e-9a57-0d6c4f3b9a10","type":"PARTICIPANT_CLOSED","occurredOn":"2019-05-14",
             "associationId":"umearegionen","platformId":"ungdomstorget","participantId":"ut-000123","outcome":"WORK"}""";
    static final String STARTED_EXAMPLE = """
            {"eventId":"5d7e3a2b-1c4f-4e8a-9b6d-2f1e0c9a8b7d","type":"PARTICIPANT_STARTED","occurredOn":"2019-02-01",
             "associationId":"umearegionen","platformId":"ungdomstorget","participantId":"ut-000123",
             "profile":{"gender":"WOMAN","birthYear":1998,"municipalityCode":"2480","education":"UPPER_SECONDARY",
                        "incomeSupport":["SOCIAL_ASSISTANCE"],"yearsOnPublicSupport":3,"tags":["PSYCHIATRIC_CONTACT"]}}""";

    @Inject
    ParticipantEventService service;

    @POST
    @Operation(summary = "Submit one participant event",
            description = "Answers 202 once the event is durable; it then reaches the reports within seconds. "
                    + "Resending the same event is harmless (200, DUPLICATE).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ParticipantEvent.class),
            examples = { @ExampleObject(name = "closure", value = CLOSED_EXAMPLE),
                    @ExampleObject(name = "start", value = STARTED_EXAMPLE) }))
    @APIResponse(responseCode = "202", description = "Accepted and durable",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemResult.class)))
    @APIResponse(responseCode = "200", description = "Already accepted with the same content; nothing changed",
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
    @APIResponse(responseCode = "503", description = "The event could not be made durable; resend it with the same id",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(String body) {
        ItemResult result = service.submit(body);
        return Response.status(result.status() == AcceptanceStatus.ACCEPTED ? 202 : 200).entity(result).build();
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Submit up to 1,000 participant events at once",
            description = "Every valid item is made durable; the answer lists each item as ACCEPTED, DUPLICATE, "
                    + "CONFLICT or REJECTED with its violations. One bad item does not reject the others.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ParticipantEvent.class, maxItems = 1000)))
    @APIResponse(responseCode = "200", description = "Per-item answers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "400", description = "The body is not a JSON array",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More items than the batch limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The batch is empty",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The batch could not be made durable; resend it",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BatchResult submitBatch(String body) {
        return service.submitBatch(body);
    }
}
