package se.bokslut.reporting.figures;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import se.bokslut.reporting.report.ReportScope;

/**
 * Asks scoring-service for the figures of a report scope, and keeps its answers under the number of the association's
 * figures ({@link FiguresCache}): each request asks scoring for that number once, and only what scoring has applied
 * since makes it ask for figures again.
 */
@ApplicationScoped
public class FiguresService {

    @Inject
    @RestClient
    ScoringClient scoring;

    @Inject
    FiguresCache cache;

    @Inject
    RequestVersions requestVersions;

    public VolumeFigures volume(ReportScope scope, String tag) {
        return kept(scope, "volume", tag, () -> scoring.volume(scope.associationId(), scope.unit().platformIds(),
                scope.period().from().toString(), scope.period().to().toString(), tag));
    }

    public BackgroundFigures background(ReportScope scope) {
        return kept(scope, "background", null, () -> scoring.background(scope.associationId(),
                scope.unit().platformIds(), scope.period().from().toString(), scope.period().to().toString()));
    }

    /** The number of the association's figures at scoring, asked once per request (every time outside one). */
    public String version(String associationId) {
        java.util.function.Function<String, String> ask = id -> {
            try {
                return scoring.version(id).token();
            } catch (RuntimeException e) {
                throw new FiguresUnavailableException(e);
            }
        };
        return io.quarkus.arc.Arc.container().requestContext().isActive() ? requestVersions.get(associationId, ask)
                : ask.apply(associationId);
    }

    private <T> T kept(ReportScope scope, String kind, String tag, java.util.function.Supplier<T> query) {
        FiguresCache.Key key = new FiguresCache.Key(scope.associationId(), version(scope.associationId()), kind,
                List.copyOf(scope.unit().platformIds()), scope.period().from().toString(),
                scope.period().to().toString(), tag);
        return cache.get(key, () -> {
            try {
                return query.get();
            } catch (RuntimeException e) {
                throw new FiguresUnavailableException(e);
            }
        });
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
        FiguresCache.Key key = new FiguresCache.Key(associationId, version(associationId), "as-of", List.of(), null,
                null, null);
        return cache.get(key, () -> {
            try {
                return scoring.asOf(associationId);
            } catch (RuntimeException e) {
                throw new FiguresUnavailableException(e);
            }
        });
    }

    public SurveyFigures surveys(ReportScope scope) {
        return kept(scope, "surveys", null, () -> scoring.surveys(scope.associationId(), scope.unit().platformIds(),
                scope.period().from().toString(), scope.period().to().toString()));
    }
}
