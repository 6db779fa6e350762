package se.bokslut.scoring.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the error format of every Bokslut service (docs/problem.schema.json): the same fields
 * as intake's and reporting's, so a client reads one shape whichever service answered.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
        @Schema(example = "https://bokslut.se/problems/invalid-parameter") String type,
        @Schema(example = "Invalid parameter") String title,
        @Schema(example = "400") int status,
        @Schema(example = "from: must be an ISO date such as 2019-01-01") String detail,
        @Schema(description = "The first offending field, also listed in violations", example = "from") String field,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem; one that names a field lists it in {@code violations} too, with what is wrong as its message. */
    public static Problem of(String slug, String title, int status, String detail, String field) {
        return new Problem("https://bokslut.se/problems/" + slug, title, status, detail, field,
                field == null ? List.of() : List.of(new Violation(field,
                        detail.startsWith(field + ": ") ? detail.substring(field.length() + 2) : detail)));
    }

    /** One offending field and what is wrong with it. */
    public record Violation(@Schema(example = "from") String field,
            @Schema(example = "must be an ISO date such as 2019-01-01") String message) {
    }
}
