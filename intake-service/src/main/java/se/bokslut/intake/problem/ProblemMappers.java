package se.bokslut.intake.problem;

import java.util.List;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import se.bokslut.intake.acceptance.ConflictException;
import se.bokslut.intake.acceptance.TooLargeException;
import se.bokslut.intake.reference.ReferenceDataNotLoadedException;
import se.bokslut.intake.security.AccessDeniedException;
import se.bokslut.intake.validation.InvalidInputException;
import se.bokslut.intake.validation.MalformedInputException;
import se.bokslut.intake.validation.UnknownAssociationException;
import se.bokslut.intake.validation.Violation;

/** Turns every failure into {@code application/problem+json}; never a class name or a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e) {
        return respond(Problem.invalid(422, "Invalid input", e.violations()));
    }

    @ServerExceptionMapper
    public Response malformed(MalformedInputException e) {
        return respond(Problem.invalid(400, "Malformed request body", List.of(new Violation(e.field(), e.getMessage()))));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e) {
        return Response.status(401).header("WWW-Authenticate", "Bearer").type(Problem.MEDIA_TYPE)
                .entity(Problem.of("unauthenticated", "Unauthenticated", 401,
                        "A valid bearer token (JWT) from the identity provider is required"))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of("forbidden", "Forbidden", 403, "This token's roles do not allow this request"));
    }

    @ServerExceptionMapper
    public Response outOfScope(AccessDeniedException e) {
        return respond(Problem.invalid(403, "Forbidden", List.of(new Violation(e.field(), e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return respond(Problem.invalid(409, "Conflict", List.of(new Violation(e.field(), e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response tooLarge(TooLargeException e) {
        return respond(Problem.invalid(413, "Request too large", List.of(new Violation(e.field(), e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response unknownAssociation(UnknownAssociationException e) {
        return respond(Problem.invalid(404, "Not found", List.of(new Violation("associationId", e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response notLoaded(ReferenceDataNotLoadedException e) {
        return Response.status(503).header("Retry-After", RETRY_AFTER_SECONDS).type(Problem.MEDIA_TYPE)
                .entity(Problem.of("unavailable", "Service unavailable", 503,
                        "Intake has not loaded the reference data yet and cannot validate events; nothing was stored. "
                                + "Retry later."))
                .build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return respond(Problem.of("not-found", "Not found", 404, "There is no resource at this path"));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return respond(Problem.of("method-not-allowed", "Method not allowed", 405, "This path does not accept that method"));
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e) {
        return respond(Problem.of("unsupported-media-type", "Unsupported media type", 415,
                "Send the body as application/json"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 413) {
            return respond(Problem.of("too-large", "Request too large", 413, "The body is larger than this endpoint accepts"));
        }
        return respond(Problem.of("http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(), status,
                "The request could not be served as sent"));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        if (StorageFailures.isUnavailable(e)) {
            LOG.warnf("Storage unavailable, answering 503: %s", StorageFailures.causes(e));
            return Response.status(503)
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.of("unavailable", "Service unavailable", 503,
                            "The submission could not be made durable right now. Resend it later with the same id; "
                                    + "a resend is never counted twice."))
                    .build();
        }
        LOG.error("Unexpected failure", e);
        return respond(Problem.of("internal", "Internal error", 500, "An unexpected error occurred; it has been logged"));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
