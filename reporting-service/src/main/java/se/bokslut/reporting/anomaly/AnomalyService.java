package se.bokslut.reporting.anomaly;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import se.bokslut.reporting.figures.AnomalyClient;
import se.bokslut.reporting.figures.AnomalyClient.AnomalyRecord;
import se.bokslut.reporting.figures.FiguresUnavailableException;
import se.bokslut.reporting.problem.InvalidInputException;
import se.bokslut.reporting.reference.ReferenceDataService;
import se.bokslut.reporting.security.AccessDeniedException;
import se.bokslut.reporting.security.Caller;

/**
 * The anomalies a caller may see, from scoring: an analyst every platform of the association, a case-management
 * system the platforms of its {@code platforms} claim.
 */
@ApplicationScoped
public class AnomalyService {

    private static final Set<String> STATUSES = Set.of("OPEN", "RESOLVED");

    @Inject
    @RestClient
    AnomalyClient scoring;

    @Inject
    Caller caller;

    @Inject
    ReferenceDataService referenceData;

    public List<AnomalyRecord> search(String associationId, List<String> platformIds, String status, int page,
            int size) {
        if (associationId == null || associationId.isBlank()) {
            throw InvalidInputException.badParameter("associationId", "is required");
        }
        caller.requireAssociation(associationId, "associationId");
        if (status != null && !STATUSES.contains(status)) {
            throw InvalidInputException.badParameter("status", "must be OPEN or RESOLVED");
        }
        if (page < 0) {
            throw InvalidInputException.badParameter("page", "must be 0 or more");
        }
        if (size < 1 || size > 1000) {
            throw InvalidInputException.badParameter("size", "must be from 1 to 1000");
        }
        referenceData.get(associationId);
        List<String> platforms = platformIds == null ? List.of() : List.copyOf(platformIds);
        if (!caller.isAnalyst()) {
            Set<String> own = caller.platforms();
            if (own.isEmpty()) {
                throw new AccessDeniedException("platformId", "this token names no platforms");
            }
            for (String platform : platforms) {
                if (!own.contains(platform)) {
                    throw new AccessDeniedException("platformId", "is not one of the platforms this token is for");
                }
            }
            if (platforms.isEmpty()) {
                platforms = own.stream().sorted().toList();
            }
        }
        try {
            return scoring.search(associationId, platforms, status, page, size);
        } catch (RuntimeException e) {
            throw new FiguresUnavailableException(e);
        }
    }
}
