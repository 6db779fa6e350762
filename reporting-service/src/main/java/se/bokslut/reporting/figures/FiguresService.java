package se.bokslut.reporting.figures;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.arc.Arc;
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

    public SurveyFigures surveys(ReportScope scope) {
        return kept(scope, "surveys", null, () -> scoring.surveys(scope.associationId(), scope.unit().platformIds(),
                scope.period().from().toString(), scope.period().to().toString()));
    }

    /** What scoring has of the association: when it applied the newest fact, the years of its first and last. */
    public AsOf activity(String associationId) {
        FiguresCache.Key key = new FiguresCache.Key(associationId, version(associationId), "as-of", List.of(), null,
                null, null);
        return cache.get(key, () -> asked(() -> scoring.asOf(associationId)));
    }

    /**
     * When scoring applied the association's newest fact; empty when it has none or does not answer. Asked every time,
     * never kept: the social accounts print it as the moment their figures are from.
     */
    public Optional<OffsetDateTime> asOf(String associationId) {
        try {
            return Optional.ofNullable(scoring.asOf(associationId).newestFactAppliedAt());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The number of the association's figures at scoring, asked once per request (every time outside one). */
    public String version(String associationId) {
        Function<String, String> ask = id -> asked(() -> scoring.version(id).token());
        return Arc.container().requestContext().isActive() ? requestVersions.get(associationId, ask)
                : ask.apply(associationId);
    }

    private <T> T kept(ReportScope scope, String kind, String tag, Supplier<T> query) {
        FiguresCache.Key key = new FiguresCache.Key(scope.associationId(), version(scope.associationId()), kind,
                List.copyOf(scope.unit().platformIds()), scope.period().from().toString(),
                scope.period().to().toString(), tag);
        return cache.get(key, () -> asked(query));
    }

    /** scoring's answer; a {@link FiguresUnavailableException} (503) when it cannot give one. */
    private static <T> T asked(Supplier<T> query) {
        try {
            return query.get();
        } catch (RuntimeException e) {
            throw new FiguresUnavailableException(e);
        }
    }
}
