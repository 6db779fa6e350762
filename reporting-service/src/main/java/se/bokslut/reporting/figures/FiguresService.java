package se.bokslut.reporting.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import se.bokslut.reporting.report.ReportScope;

/** Asks scoring-service for the figures of a report scope. */
@ApplicationScoped
public class FiguresService {

    @Inject
    @RestClient
    ScoringClient scoring;

    public VolumeFigures volume(ReportScope scope, String tag) {
        try {
            return scoring.volume(scope.associationId(), scope.unit().platformIds(), scope.period().from().toString(),
                    scope.period().to().toString(), tag);
        } catch (RuntimeException e) {
            throw new FiguresUnavailableException(e);
        }
    }

    public BackgroundFigures background(ReportScope scope) {
        try {
            return scoring.background(scope.associationId(), scope.unit().platformIds(),
                    scope.period().from().toString(), scope.period().to().toString());
        } catch (RuntimeException e) {
            throw new FiguresUnavailableException(e);
        }
    }

    /** When scoring applied the association's newest fact; empty when it has none or does not answer. */
    public java.util.Optional<java.time.OffsetDateTime> asOf(String associationId) {
        try {
            return java.util.Optional.ofNullable(scoring.asOf(associationId).newestFactAppliedAt());
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** What scoring has of the association: when it applied the newest fact, the years of its first and last. */
    public AsOf activity(String associationId) {
        try {
            return scoring.asOf(associationId);
        } catch (RuntimeException e) {
            throw new FiguresUnavailableException(e);
        }
    }

    public SurveyFigures surveys(ReportScope scope) {
        try {
            return scoring.surveys(scope.associationId(), scope.unit().platformIds(), scope.period().from().toString(),
                    scope.period().to().toString());
        } catch (RuntimeException e) {
            throw new FiguresUnavailableException(e);
        }
    }
}
