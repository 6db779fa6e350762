package se.bokslut.reporting.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the claims of their token (docs/security.md): the roles in {@code groups} and the
 * {@code association} they act for.
 */
@RequestScoped
public class Caller {

    public static final String ANALYST = "analyst";
    public static final String BI_READER = "bi-reader";
    /** A case-management system: reads the anomalies of the platforms in its {@code platforms} claim. */
    public static final String CASE_SYSTEM = "case-system";

    @Inject
    JsonWebToken token;

    public String association() {
        return token.getClaim("association");
    }

    /** The subject of the token, for the audit trail. */
    public String name() {
        return token.getName() == null ? token.getSubject() : token.getName();
    }

    public boolean isAnalyst() {
        return token.getGroups() != null && token.getGroups().contains(ANALYST);
    }

    /** The platforms of the token's {@code platforms} claim; empty when it has none. */
    public java.util.Set<String> platforms() {
        Object claim = token.getClaim("platforms");
        if (claim instanceof jakarta.json.JsonArray array) {
            return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                    .collect(java.util.stream.Collectors.toSet());
        }
        if (claim instanceof java.util.Collection<?> values) {
            return values.stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet());
        }
        return java.util.Set.of();
    }

    /** Refuses anything for an association other than the caller's. */
    public void requireAssociation(String associationId, String field) {
        if (associationId == null || !associationId.equals(association())) {
            throw new AccessDeniedException(field, "is outside the association this token is for");
        }
    }
}
