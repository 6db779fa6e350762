package se.bokslut.intake.survey;

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
import se.bokslut.intake.problem.Problem;
import se.bokslut.intake.security.Caller;
import se.bokslut.intake.survey.contract.SurveyResponse;

@Path("/api/v1/survey-responses")
@Tag(name = "Survey responses", description = "Anonymous questionnaire answers from survey tools")
@Consumes(MediaType.APPLICATION_JSON)
@Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
@RolesAllowed(Caller.SURVEY_TOOL)
@SecurityRequirement(name = "bearer")
public class SurveyResponseResource {

    static final String EXAMPLE = """
            {"responseId":"8c9a4c1e-6f1a-4a8e-b8f5-2f0b9e6d7a11","associationId":"umearegionen",
             "platformIds":["ungdomstorget"],"respondentGroup":"PARTICIPANT","answeredOn":"2019-11-30",
             "respondentGender":"WOMAN","answers":{"NNS-1":5,"NNS-2":4,"NNS-4":"YES","UMEA-1.9":"NO"}}""";

    @Inject
    SurveyResponseService service;

    @POST
    @Operation(summary = "Submit one survey response",
            description = "Answers 202 once the response is durable; resending it is harmless (200, DUPLICATE). "
                    + "Each answer is checked against the question catalogue of reporting-service.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SurveyResponse.class),
            examples = @ExampleObject(name = "participant", value = EXAMPLE)))
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
    @APIResponse(responseCode = "409", description = "The responseId was accepted before with different content",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The response breaks the contract or the catalogue; the problem names each answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The response could not be made durable; resend it with the same id",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(String body) {
        ItemResult result = service.submit(body);
        return Response.status(result.status() == AcceptanceStatus.ACCEPTED ? 202 : 200).entity(result).build();
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Submit up to 1,000 survey responses at once", description = "Answers per item.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = SurveyResponse.class, maxItems = 1000)))
    @APIResponse(responseCode = "200", description = "Per-item answers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "400", description = "The body is not a JSON array",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More items than the batch limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The batch could not be made durable; resend it",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BatchResult submitBatch(String body) {
        return service.submitBatch(body);
    }
}
