package se.bokslut.reporting.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * reporting-service calls scoring under its own identity, never the caller's (docs/security.md §4): scoring answers
 * with every count, and only reporting may see them, because reporting applies the disclosure control. The token is
 * the one the identity provider issued to reporting-service (role {@code reporting-service}); it is configured as
 * {@code bokslut.reporting.scoring-token} ({@code BOKSLUT_SCORING_TOKEN}, a secret in production).
 */
@ApplicationScoped
public class ScoringCredentials implements ClientHeadersFactory {

    @ConfigProperty(name = "bokslut.reporting.scoring-token", defaultValue = "")
    String token;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        if (!token.isBlank()) {
            headers.putSingle("Authorization", "Bearer " + token.trim());
        }
        return headers;
    }
}
