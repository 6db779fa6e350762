package se.bokslut.scoring.volume;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.bokslut.scoring.problem.InvalidParameterException;
import se.bokslut.scoring.problem.Problem;

@Path("/api/v1/figures/volume")
@Tag(name = "Figures", description = "Aggregates reporting-service builds its reports from")
@Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
public class VolumeResource {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern TAG = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    @Inject
    VolumeRepository volume;

    @GET
    @Operation(summary = "Volume figures of one or more platforms for a date range",
            description = "Several platformId parameters sum the platforms: a participant on two platforms counts on each.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VolumeFigures.class)))
    @APIResponse(responseCode = "400", description = "A parameter is missing or malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VolumeFigures figures(
            @Parameter(required = true, example = "umearegionen") @QueryParam("associationId") String associationId,
            @Parameter(required = true, example = "ungdomstorget") @QueryParam("platformId") List<String> platformIds,
            @Parameter(required = true, example = "2019-01-01") @QueryParam("from") String from,
            @Parameter(required = true, example = "2019-12-31") @QueryParam("to") String to,
            @Parameter(description = "Only episodes whose profile carries this tag") @QueryParam("tag") String tag) {
        requireId("associationId", associationId);
        if (platformIds == null || platformIds.isEmpty()) {
            throw new InvalidParameterException("platformId", "at least one platformId is required");
        }
        platformIds.forEach(platform -> requireId("platformId", platform));
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw new InvalidParameterException("to", "must not be before from");
        }
        if (tag != null && !TAG.matcher(tag).matches()) {
            throw new InvalidParameterException("tag", "must be an upper-case word such as PSYCHIATRIC_CONTACT");
        }
        return volume.figures(associationId, platformIds, start, end, tag);
    }

    static void requireId(String field, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new InvalidParameterException(field, "must be a lower-case id such as ungdomstorget");
        }
    }

    static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value == null ? "" : value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(field, "must be an ISO date such as 2019-01-01");
        }
    }
}
