package se.bokslut.reporting.problem;

import java.util.List;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import se.bokslut.reporting.figures.FiguresUnavailableException;
import se.bokslut.reporting.security.AccessDeniedException;
import se.bokslut.reporting.reference.ReferenceDataUnpublishedException;

/** Every failure as {@code application/problem+json}; never a class name or a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e) {
        return respond(Problem.invalid(e.status(), e.status() == 400 ? "Invalid parameter" : "Invalid input",
                e.violations()));
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
    public Response unknown(UnknownResourceException e) {
        return respond(Problem.invalid(404, "Not found", List.of(new Violation(e.field(), e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response unavailable(FiguresUnavailableException e) {
        LOG.warnf("Figures unavailable: %s", e.getMessage());
        return Response.status(503).header("Retry-After", "5").type(Problem.MEDIA_TYPE)
                .entity(Problem.of("unavailable", "Service unavailable", 503,
                        "The figures cannot be read right now; retry shortly"))
                .build();
    }

    @ServerExceptionMapper
    public Response unpublished(ReferenceDataUnpublishedException e) {
        LOG.warnf("Reference data not published: %s", e.getMessage());
        return Response.status(503).header("Retry-After", "5").type(Problem.MEDIA_TYPE)
                .entity(Problem.of("unavailable", "Service unavailable", 503,
                        "The change could not be handed to Kafka; nothing was changed. Retry shortly."))
                .build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return respond(Problem.of("not-found", "Not found", 404, "There is no resource at this path"));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e) {
        return respond(Problem.of("not-acceptable", "Not acceptable", 406,
                "This resource is available as application/json or text/csv"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return respond(Problem.of("http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(), status,
                "The request could not be served as sent"));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        if (StorageFailures.isUnavailable(e)) {
            LOG.warnf("Database unavailable, answering 503: %s", e.getClass().getSimpleName());
            return Response.status(503).header("Retry-After", "5").type(Problem.MEDIA_TYPE)
                    .entity(Problem.of("unavailable", "Service unavailable", 503,
                            "The database cannot be reached right now; nothing was changed. Retry shortly."))
                    .build();
        }
        LOG.error("Unexpected failure", e);
        return respond(Problem.of("internal", "Internal error", 500, "An unexpected error occurred; it has been logged"));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
