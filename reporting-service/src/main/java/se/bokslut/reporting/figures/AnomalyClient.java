package se.bokslut.reporting.figures;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * scoring-service's anomaly API, for the data-quality section of the social accounts. Scoring lets analysts only read
 * it; reporting reads the platform and reason of each open anomaly and nothing about the participant.
 */
@RegisterRestClient(configKey = "scoring")
@RegisterClientHeaders
@Path("/api/v1/anomalies")
public interface AnomalyClient {

    @GET
    List<AnomalyFigure> open(@QueryParam("associationId") String associationId,
            @QueryParam("status") String status, @QueryParam("size") int size);

    /** An anomaly as reporting reads it: where, and why the event was kept out of the figures. */
    record AnomalyFigure(String platformId, String reason) {
    }
}
