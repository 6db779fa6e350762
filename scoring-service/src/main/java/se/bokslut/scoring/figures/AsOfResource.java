package se.bokslut.scoring.figures;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.bokslut.scoring.problem.Problem;
import se.bokslut.scoring.security.Caller;

@Path("/api/v1/figures/as-of")
@Tag(name = "Figures", description = "Aggregates reporting-service builds its reports from")
@Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
@RolesAllowed(Caller.REPORTING_SERVICE)
@SecurityRequirement(name = "bearer")
public class AsOfResource {

    @Inject
    Caller caller;

    @Inject
    EntityManager entityManager;

    @GET
    @Operation(summary = "When scoring applied the association's newest fact",
            description = "The social accounts print it as \"uppgifterna avser läget\": every fact applied by then is counted. "
                    + "The years of the earliest and latest activity bound what reporting's disclosure control protects together.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AsOf.class)))
    @APIResponse(responseCode = "400", description = "associationId is missing or malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AsOf asOf(@Parameter(required = true, example = "umearegionen") @QueryParam("associationId") String associationId) {
        FigureQuery.requireId("associationId", associationId);
        caller.requireAssociation(associationId, "associationId");
        OffsetDateTime events = newest("participant_fact", associationId);
        OffsetDateTime responses = newest("survey_response", associationId);
        OffsetDateTime newest = events == null ? responses
                : responses == null || events.isAfter(responses) ? events : responses;
        Object[] years = (Object[]) entityManager.createNativeQuery("""
                SELECT min(y), max(y) FROM (
                    SELECT extract(year FROM min(occurred_on))::int AS y FROM participant_fact WHERE association_id = :a
                    UNION ALL SELECT extract(year FROM max(occurred_on))::int FROM participant_fact WHERE association_id = :a
                    UNION ALL SELECT extract(year FROM min(answered_on))::int FROM survey_response WHERE association_id = :a
                    UNION ALL SELECT extract(year FROM max(answered_on))::int FROM survey_response WHERE association_id = :a
                ) AS years""").setParameter("a", associationId).getSingleResult();
        return new AsOf(associationId, newest, events, responses, year(years[0]), year(years[1]));
    }

    private static Integer year(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private OffsetDateTime newest(String table, String associationId) {
        Object value = entityManager.createNativeQuery("SELECT max(received_at) FROM " + table
                + " WHERE association_id = :association").setParameter("association", associationId)
                .getSingleResult();
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
