package se.bokslut.intake.security;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the claims of their token (docs/security.md): the roles in {@code groups}, the
 * {@code association} they act for and, for a case-management system, the {@code platforms} it may post for.
 */
@RequestScoped
public class Caller {

    public static final String CASE_SYSTEM = "case-system";
    public static final String SURVEY_TOOL = "survey-tool";

    @Inject
    JsonWebToken token;

    public String association() {
        return token.getClaim("association");
    }

    public Set<String> platforms() {
        Object claim = token.getClaim("platforms");
        if (claim instanceof JsonArray array) {
            return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).collect(Collectors.toSet());
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.toSet());
        }
        return Set.of();
    }

    /** Refuses anything for an association other than the caller's. */
    public void requireAssociation(String associationId, String field) {
        if (associationId == null || !associationId.equals(association())) {
            throw new AccessDeniedException(field, "is outside the association this token is for");
        }
    }

    /**
     * Refuses a survey response for a platform outside the survey tool's {@code platforms} claim, when its token has
     * one; a survey tool's token without the claim may post for every platform of its association.
     */
    public void requirePlatformIfLimited(String platformId, String field) {
        if (token.containsClaim("platforms") && !platforms().contains(platformId)) {
            throw new AccessDeniedException(field, "is not a platform this token may post responses for");
        }
    }

    /** Refuses events for a platform the case-management system's token does not list. */
    public void requirePlatform(String associationId, String platformId, String field) {
        requireAssociation(associationId, "associationId");
        if (!platforms().contains(platformId)) {
            throw new AccessDeniedException(field, "is not a platform this token may post events for");
        }
    }
}
