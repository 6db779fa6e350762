package se.bokslut.reporting.anomaly;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.bokslut.reporting.figures.AnomalyClient.AnomalyRecord;
import se.bokslut.reporting.problem.InvalidInputException;
import se.bokslut.reporting.problem.Problem;
import se.bokslut.reporting.report.Csv;
import se.bokslut.reporting.security.Caller;

@Path("/api/v1/anomalies")
@Tag(name = "Anomalies", description = "Events that broke the participant rules and are kept out of the figures")
@RolesAllowed({ Caller.ANALYST, Caller.CASE_SYSTEM })
@SecurityRequirement(name = "bearer")
public class AnomalyResource {

    static final String CSV_EXAMPLE = """
            event_id,event_type,platform_id,participant_id,occurred_on,reason,description,status,detected_at,resolved_at
            0b8e5c1e-4a5f-4d0e-9a57-0d6c4f3b9a10,PARTICIPANT_CLOSED,ungdomstorget,ut-000123,2019-05-14,CLOSURE_WITHOUT_START,closure without an open episode on the platform,OPEN,2019-05-15T08:00:00Z,
            """;

    @Inject
    AnomalyService anomalies;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
    @Operation(summary = "Events kept out of the figures because they broke the participant rules, oldest first",
            description = "Analysts see every platform of their association; a case-management system sees the "
                    + "platforms of its token only, so the system that sent a rule-breaking event can find and fix it. "
                    + "Paged: page from 0, size 1–1000 (default 100). An anomaly is RESOLVED once a later event made "
                    + "the history valid.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnomalyRecord.class,
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)),
            @Content(mediaType = Csv.MEDIA_TYPE, examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)) })
    @APIResponse(responseCode = "400", description = "A parameter is malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another association, or a platform outside the token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "scoring-service did not answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<AnomalyRecord> json(
            @Parameter(required = true, example = "umearegionen") @QueryParam("associationId") String associationId,
            @Parameter(description = "Only these platforms (repeat the parameter); all the caller may see when absent") @QueryParam("platformId") List<String> platformIds,
            @Parameter(description = "OPEN or RESOLVED; both when absent") @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER,
                    defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER,
                    defaultValue = "100")) @QueryParam("size") String size) {
        return anomalies.search(associationId, platformIds, status, InvalidInputException.wholeNumber("page", page, 0),
                InvalidInputException.wholeNumber("size", size, 100));
    }

    @GET
    @Produces(Csv.MEDIA_TYPE + ";qs=0.9")
    @Operation(hidden = true)
    public String csv(@QueryParam("associationId") String associationId,
            @QueryParam("platformId") List<String> platformIds, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Csv csv = new Csv("event_id", "event_type", "platform_id", "participant_id", "occurred_on", "reason",
                "description", "status", "detected_at", "resolved_at");
        anomalies.search(associationId, platformIds, status, InvalidInputException.wholeNumber("page", page, 0),
                InvalidInputException.wholeNumber("size", size, 100)).forEach(a -> csv.row(a.eventId(),
                a.eventType(), a.platformId(), a.participantId(), a.occurredOn(), a.reason(), a.description(),
                a.status(), a.detectedAt(), a.resolvedAt()));
        return csv.toString();
    }
}
