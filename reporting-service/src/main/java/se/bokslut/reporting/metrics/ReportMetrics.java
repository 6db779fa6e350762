package se.bokslut.reporting.metrics;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Reporting's own counter of what it serves: {@code bokslut_reporting_reports_total{report, audience, outcome}},
 * where report is the kind (volume, goal-fulfilment, background, years, social-accounts), audience the caller's role
 * (analyst, bi-reader, other) and outcome the status class (2xx, 4xx, 5xx). Latency per endpoint is Quarkus'
 * {@code http_server_requests_seconds} histogram ({@link HttpHistograms}).
 */
@Provider
public class ReportMetrics implements ContainerResponseFilter {

    private static final String PREFIX = "api/v1/reports/";
    private static final Set<String> KINDS = Set.of("volume", "goal-fulfilment", "background", "years",
            "social-accounts");

    @Inject
    MeterRegistry metrics;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        int start = path.indexOf(PREFIX);
        if (start < 0) {
            return;
        }
        String rest = path.substring(start + PREFIX.length());
        int slash = rest.indexOf('/');
        String kind = slash < 0 ? rest : rest.substring(0, slash);
        if (!KINDS.contains(kind)) {
            kind = "other";
        }
        var security = request.getSecurityContext();
        String audience = security == null || security.getUserPrincipal() == null ? "anonymous"
                : security.isUserInRole("analyst") ? "analyst"
                        : security.isUserInRole("bi-reader") ? "bi-reader" : "other";
        metrics.counter("bokslut.reporting.reports", "report", kind, "audience", audience, "outcome",
                response.getStatus() / 100 + "xx").increment();
    }
}
