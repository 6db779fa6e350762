package se.bokslut.reporting.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail ({@code application/problem+json}), the error format of every Bokslut service. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(String type, String title, int status, String detail, String field, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String BASE = "https://bokslut.se/problems/";

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(BASE + slug, title, status, detail, null, List.of());
    }

    public static Problem invalid(int status, String title, List<Violation> violations) {
        Violation first = violations.get(0);
        String detail = first.field() == null || first.field().isEmpty() ? first.message()
                : first.field() + ": " + first.message();
        return new Problem(BASE + "invalid-input", title, status, detail, first.field(), violations);
    }
}
