package se.bokslut.reporting.figures;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * scoring-service's anomaly API: for the data-quality section of the social accounts (the platform and reason of each
 * open anomaly), and behind reporting's own {@code GET /api/v1/anomalies} for analysts and case systems.
 */
@RegisterRestClient(configKey = "scoring")
@RegisterClientHeaders(ScoringCredentials.class)
@Path("/api/v1/anomalies")
public interface AnomalyClient {

    @GET
    List<AnomalyFigure> open(@QueryParam("associationId") String associationId,
            @QueryParam("status") String status, @QueryParam("size") int size);

    @GET
    List<AnomalyRecord> search(@QueryParam("associationId") String associationId,
            @QueryParam("platformId") List<String> platformIds, @QueryParam("status") String status,
            @QueryParam("page") int page, @QueryParam("size") int size);

    /** An anomaly as scoring reports it: the event, its participant's pseudonym, why it is not counted. */
    record AnomalyRecord(java.util.UUID eventId, String eventType, String platformId, String participantId,
            java.time.LocalDate occurredOn, String reason, String description, String status,
            java.time.OffsetDateTime detectedAt, java.time.OffsetDateTime resolvedAt) {
    }

    /** An anomaly as reporting reads it: where, and why the event was kept out of the figures. */
    record AnomalyFigure(String platformId, String reason) {
    }
}
