package se.bokslut.scoring.security;

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
    /**
     * reporting-service's own identity, the only caller of scoring's API: user tokens are refused (403), because
     * scoring answers with every count and reporting applies the disclosure control (docs/security.md §4).
     */
    public static final String REPORTING_SERVICE = "reporting-service";

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

    public boolean isReportingService() {
        return token.getGroups() != null && token.getGroups().contains(REPORTING_SERVICE);
    }

    /** Refuses anything for an association other than the caller's; reporting-service reads for every association. */
    public void requireAssociation(String associationId, String field) {
        if (associationId != null && isReportingService()) {
            return;
        }
        if (associationId == null || !associationId.equals(association())) {
            throw new AccessDeniedException(field, "is outside the association this token is for");
        }
    }
}
