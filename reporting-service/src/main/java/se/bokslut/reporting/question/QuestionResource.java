package se.bokslut.reporting.question;

import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.bokslut.reporting.problem.Problem;

@Path("/api/v1/questions")
@Tag(name = "Question catalogue", description = "Survey questions: the shipped ones and an association's own")
@Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
public class QuestionResource {

    @Inject
    QuestionService questions;

    @GET
    @Operation(summary = "The questions an association may use (shipped and its own), or every question")
    public List<Question> list(@Parameter(example = "umearegionen") @QueryParam("associationId") String associationId) {
        return associationId == null ? questions.all() : questions.availableTo(associationId);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One question")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Question.class)))
    @APIResponse(responseCode = "404", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Question get(@PathParam("code") String code) {
        return questions.get(code);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or change one of an association's own questions",
            description = "Shipped questions cannot be changed, nor another association's. Intake validates answers "
                    + "against the catalogue within a second of the change.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Question.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Question.class)))
    @APIResponse(responseCode = "409", description = "A shipped question or another association's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The question is invalid; the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Question put(@PathParam("code") String code, String body) {
        return questions.put(code, body);
    }
}
