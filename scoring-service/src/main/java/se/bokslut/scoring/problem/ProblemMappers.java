package se.bokslut.scoring.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import se.bokslut.scoring.messaging.Redelivery;
import se.bokslut.scoring.security.AccessDeniedException;

/** Every failure as {@code application/problem+json}; never a class name or a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalid(InvalidParameterException e) {
        return respond(Problem.of("invalid-parameter", "Invalid parameter", 400, e.field() + ": " + e.getMessage(),
                e.field()));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e) {
        return Response.status(401).header("WWW-Authenticate", "Bearer").type(Problem.MEDIA_TYPE)
                .entity(Problem.of("unauthenticated", "Unauthenticated", 401,
                        "A valid bearer token (JWT) from the identity provider is required", null))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of("forbidden", "Forbidden", 403, "This token's roles do not allow this request", null));
    }

    @ServerExceptionMapper
    public Response outOfScope(AccessDeniedException e) {
        return respond(Problem.of("forbidden", "Forbidden", 403, e.field() + ": " + e.getMessage(), e.field()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return respond(Problem.of("http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(), status,
                "The request could not be served as sent", null));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        if (Redelivery.isTransient(e)) {
            LOG.warnf("Database unavailable, answering 503: %s", e.getClass().getSimpleName());
            return Response.status(503).header("Retry-After", "5").type(Problem.MEDIA_TYPE)
                    .entity(Problem.of("unavailable", "Service unavailable", 503,
                            "The database cannot be reached right now. Retry shortly.", null))
                    .build();
        }
        LOG.error("Unexpected failure", e);
        return respond(Problem.of("internal", "Internal error", 500, "An unexpected error occurred; it has been logged",
                null));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
