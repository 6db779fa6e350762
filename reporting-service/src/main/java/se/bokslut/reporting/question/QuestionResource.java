package se.bokslut.reporting.question;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.bokslut.reporting.problem.Problem;
import se.bokslut.reporting.security.Caller;

@Path("/api/v1/questions")
@Tag(name = "Question catalogue", description = "Survey questions: the shipped ones and an association's own")
@Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
@SecurityRequirement(name = "bearer")
public class QuestionResource {

    @Inject
    QuestionService questions;

    @Inject
    Caller caller;

    @RolesAllowed({ Caller.ANALYST, Caller.BI_READER })
    @GET
    @Operation(summary = "The questions the caller's association may use: the shipped ones and its own")
    public List<Question> list(@Parameter(example = "umearegionen", description = "The caller's association when absent")
            @QueryParam("associationId") String associationId) {
        String association = associationId == null ? caller.association() : associationId;
        caller.requireAssociation(association, "associationId");
        return questions.availableTo(association);
    }

    @RolesAllowed({ Caller.ANALYST, Caller.BI_READER })
    @GET
    @Path("/{code}")
    @Operation(summary = "One question the association may use: its own with this code, else the shipped one",
            description = "Another association's question is answered 404, as one that does not exist.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Question.class)))
    @APIResponse(responseCode = "404", description = "No question with this code for the association",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Question get(@PathParam("code") String code,
            @Parameter(example = "umearegionen", description = "The caller's association when absent")
            @QueryParam("associationId") String associationId) {
        String association = associationId == null ? caller.association() : associationId;
        caller.requireAssociation(association, "associationId");
        return questions.get(association, code);
    }

    @RolesAllowed(Caller.ANALYST)
    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or change one of an association's own questions",
            description = "Shipped questions cannot be changed. An association's codes are its own: another "
                    + "association may have a question with the same code. Intake validates answers against the "
                    + "catalogue within a second of the change.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Question.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Question.class)))
    @APIResponse(responseCode = "409", description = "The code of a shipped question",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The question is invalid; the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Question put(@PathParam("code") String code, String body) {
        return questions.put(code, body);
    }
}
