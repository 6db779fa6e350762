package se.bokslut.reporting.accounts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
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

import se.bokslut.reporting.problem.InvalidInputException;
import se.bokslut.reporting.problem.Problem;
import se.bokslut.reporting.report.Csv;
import se.bokslut.reporting.security.Caller;

/** The social accounts (socialt bokslut) of an association's year as a document (SPEC §11). */
@Path("/api/v1/reports/social-accounts")
@Tag(name = "Reports")
@RolesAllowed({ Caller.ANALYST, Caller.BI_READER })
@SecurityRequirement(name = "bearer")
public class SocialAccountsResource {

    public static final String PDF = "application/pdf";

    @Inject
    SocialAccounts accounts;

    @GET
    @Produces({ MediaType.TEXT_HTML + ";charset=UTF-8", Problem.MEDIA_TYPE })
    @Operation(summary = "The social accounts of a year as a printable document",
            description = "Every section of the published social accounts in Swedish: cover, summary with the "
                    + "composite index, every goal area, goal and indicator with target, result and signal word, "
                    + "volume tables per unit, case narratives, data quality and definitions. HTML by default "
                    + "(print CSS for A4, no JavaScript, nothing external), PDF with Accept: application/pdf. "
                    + "Without unit: every assessed unit of the year's model, unit groups first. A BI reader gets "
                    + "the disclosure-controlled document. Results that differ from the latest adopted edition "
                    + "are marked.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = PDF, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "400", description = "A parameter is missing or malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown association or unit, or no goal model for the year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "scoring-service did not answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String html(
            @Parameter(required = true, example = "umearegionen") @QueryParam("associationId") String associationId,
            @Parameter(required = true, example = "2019") @QueryParam("year") String year,
            @Parameter(description = "One platform or unit group; the whole association when absent", example = "ungdomstorget") @QueryParam("unit") String unit) {
        return accounts.live(required(associationId), year(year), unit);
    }

    @GET
    @Produces(PDF + ";qs=0.9")
    @Operation(hidden = true)
    public byte[] pdf(@QueryParam("associationId") String associationId, @QueryParam("year") String year,
            @QueryParam("unit") String unit) {
        return accounts.pdf(accounts.live(required(associationId), year(year), unit));
    }

    @POST
    @Path("/{associationId}/{year}/editions")
    @RolesAllowed(Caller.ANALYST)
    @Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
    @Operation(summary = "Adopt the year's social accounts as the next edition (fastställd version)",
            description = "Freezes the whole document (HTML and PDF) and each unit's goal fulfilment (JSON and CSV), "
                    + "both as analysts see them and as BI readers see them (disclosure-controlled), as edition N. "
                    + "Audited. Analysts only.")
    @APIResponse(responseCode = "201", description = "Adopted; Location names the edition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Edition.class)))
    @APIResponse(responseCode = "404", description = "Unknown association or no goal model for the year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response adopt(@PathParam("associationId") String associationId, @PathParam("year") String year) {
        Edition edition = accounts.adopt(associationId, year(year));
        return Response.created(URI.create(edition.href())).entity(edition).build();
    }

    @GET
    @Path("/{associationId}/{year}/editions")
    @Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
    @Operation(summary = "The adopted editions of a year, oldest first")
    public List<Edition> editions(@PathParam("associationId") String associationId, @PathParam("year") String year) {
        return accounts.list(associationId, year(year));
    }

    @GET
    @Path("/{associationId}/{year}/editions/{edition}")
    @Produces({ MediaType.TEXT_HTML + ";charset=UTF-8", Problem.MEDIA_TYPE })
    @Operation(summary = "An adopted edition as it was adopted, byte for byte",
            description = "HTML by default, PDF with Accept: application/pdf. A BI reader gets the "
                    + "disclosure-controlled rendering frozen at adoption, an analyst the one with every count.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = PDF, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "404", description = "No such edition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public byte[] editionHtml(@PathParam("associationId") String associationId, @PathParam("year") String year,
            @PathParam("edition") String edition) {
        return accounts.part(associationId, year(year), number(edition), null, "HTML");
    }

    @GET
    @Path("/{associationId}/{year}/editions/{edition}")
    @Produces(PDF + ";qs=0.9")
    @Operation(hidden = true)
    public byte[] editionPdf(@PathParam("associationId") String associationId, @PathParam("year") String year,
            @PathParam("edition") String edition) {
        return accounts.part(associationId, year(year), number(edition), null, "PDF");
    }

    @GET
    @Path("/{associationId}/{year}/editions/{edition}/goal-fulfilment")
    @Produces({ MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE })
    @Operation(summary = "A unit's goal fulfilment as frozen in an edition",
            description = "The JSON goal fulfilment report of the unit as it was at adoption; Accept: text/csv gives "
                    + "its CSV. Byte for byte the same every time.")
    public byte[] editionFulfilment(@PathParam("associationId") String associationId,
            @PathParam("year") String year, @PathParam("edition") String edition,
            @Parameter(required = true, example = "ungdomstorget") @QueryParam("unit") String unit) {
        return accounts.part(associationId, year(year), number(edition), requiredUnit(unit), "JSON");
    }

    @GET
    @Path("/{associationId}/{year}/editions/{edition}/goal-fulfilment")
    @Produces(Csv.MEDIA_TYPE + ";qs=0.9")
    @Operation(hidden = true)
    public byte[] editionFulfilmentCsv(@PathParam("associationId") String associationId,
            @PathParam("year") String year, @PathParam("edition") String edition, @QueryParam("unit") String unit) {
        return accounts.part(associationId, year(year), number(edition), requiredUnit(unit), "CSV");
    }

    static String requiredUnit(String unit) {
        if (unit == null || unit.isBlank()) {
            throw InvalidInputException.badParameter("unit", "is required: a unit of the edition");
        }
        return unit;
    }

    static int number(String edition) {
        try {
            int number = Integer.parseInt(edition);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw InvalidInputException.badParameter("edition", "must be an edition number from 1");
    }

    static String required(String associationId) {
        if (associationId == null || associationId.isBlank()) {
            throw InvalidInputException.badParameter("associationId", "is required");
        }
        return associationId;
    }

    static int year(String year) {
        if (year == null || year.isBlank()) {
            throw InvalidInputException.badParameter("year", "is required");
        }
        try {
            return se.bokslut.reporting.period.Period.year(Integer.parseInt(year.trim())).year();
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.badParameter("year", "must be a year between "
                    + se.bokslut.reporting.period.Period.FIRST_YEAR + " and " + se.bokslut.reporting.period.Period.LAST_YEAR);
        }
    }
}
