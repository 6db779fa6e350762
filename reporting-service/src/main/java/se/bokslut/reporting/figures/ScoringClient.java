package se.bokslut.reporting.figures;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * scoring-service's figures API (ADR 0003: reporting reads scoring's aggregates through it). The caller's bearer token
 * is not passed on: reporting calls under its own identity ({@link ScoringCredentials}).
 */
@RegisterRestClient(configKey = "scoring")
@RegisterClientHeaders(ScoringCredentials.class)
@Path("/api/v1/figures")
public interface ScoringClient {

    @GET
    @Path("/volume")
    VolumeFigures volume(@QueryParam("associationId") String associationId,
            @QueryParam("platformId") List<String> platformIds,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("tag") String tag);

    @GET
    @Path("/background")
    BackgroundFigures background(@QueryParam("associationId") String associationId,
            @QueryParam("platformId") List<String> platformIds,
            @QueryParam("from") String from,
            @QueryParam("to") String to);

    @GET
    @Path("/as-of")
    AsOf asOf(@QueryParam("associationId") String associationId);

    @GET
    @Path("/version")
    FiguresVersion version(@QueryParam("associationId") String associationId);

    @GET
    @Path("/surveys")
    SurveyFigures surveys(@QueryParam("associationId") String associationId,
            @QueryParam("platformId") List<String> platformIds,
            @QueryParam("from") String from,
            @QueryParam("to") String to);
}
