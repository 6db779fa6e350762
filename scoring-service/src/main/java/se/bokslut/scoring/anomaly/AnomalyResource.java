package se.bokslut.scoring.anomaly;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.bokslut.scoring.figures.FigureQuery;
import se.bokslut.scoring.problem.InvalidParameterException;
import se.bokslut.scoring.problem.Problem;
import se.bokslut.scoring.security.Caller;

@Path("/api/v1/anomalies")
@Tag(name = "Anomalies", description = "Events that broke the participant rules and are kept out of the figures")
@Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
@RolesAllowed(Caller.REPORTING_SERVICE)
@SecurityRequirement(name = "bearer")
public class AnomalyResource {

    @Inject
    Caller caller;

    private static final Set<String> STATUSES = Set.of(Anomaly.OPEN, Anomaly.RESOLVED);

    @Inject
    AnomalyRepository anomalies;

    @GET
    @Operation(summary = "Anomalies of an association, oldest first")
    public List<AnomalyView> list(
            @Parameter(required = true, example = "umearegionen") @QueryParam("associationId") String associationId,
            @Parameter(description = "Only these platforms; all when absent") @QueryParam("platformId") List<String> platformIds,
            @Parameter(description = "OPEN or RESOLVED; both when absent") @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String pageText,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100")) @QueryParam("size") String sizeText) {
        if (associationId == null || associationId.isBlank()) {
            throw new InvalidParameterException("associationId", "is required");
        }
        FigureQuery.requireId("associationId", associationId);
        caller.requireAssociation(associationId, "associationId");
        if (platformIds != null) {
            platformIds.forEach(platform -> FigureQuery.requireId("platformId", platform));
        }
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidParameterException("status", "must be OPEN or RESOLVED");
        }
        int page = FigureQuery.number("page", pageText, 0, 0, Integer.MAX_VALUE);
        int size = FigureQuery.number("size", sizeText, 100, 1, 1000);
        return anomalies.search(associationId, platformIds, status, page, size).stream().map(AnomalyView::of).toList();
    }
}
