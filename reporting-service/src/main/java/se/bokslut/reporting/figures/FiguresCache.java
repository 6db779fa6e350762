package se.bokslut.reporting.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * scoring's answers, kept under the number of the association's figures they were read under (ADR 0014). An answer
 * read after scoring said number N is at least as new as N, so every later request that is told N may use it; once
 * scoring applies anything of the association the number moves and nothing kept under the old one is read again. No
 * answer is ever dropped or kept by age: the oldest unused ones give way when the cache is full.
 */
@ApplicationScoped
public class FiguresCache {

    /** What one scoring query asked, under the number it was asked under. */
    public record Key(String associationId, String version, String kind, List<String> platformIds, String from, String to,
            String tag) {
    }

    private final Map<Key, Object> answers;
    private final Counter hits;
    private final Counter misses;

    FiguresCache(@ConfigProperty(name = "bokslut.reporting.figures-cache.entries", defaultValue = "4096") int entries,
            MeterRegistry metrics) {
        this.answers = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
                return size() > entries;
            }
        };
        this.hits = metrics.counter("bokslut.reporting.figures.cache", "result", "hit");
        this.misses = metrics.counter("bokslut.reporting.figures.cache", "result", "miss");
    }

    /** The answer kept under the key, or the query's answer, kept. Two requests missing at once both ask scoring. */
    @SuppressWarnings("unchecked")
    public <T> T get(Key key, Supplier<T> query) {
        Object kept;
        synchronized (answers) {
            kept = answers.get(key);
        }
        if (kept != null) {
            hits.increment();
            return (T) kept;
        }
        misses.increment();
        T answer = query.get();
        if (answer != null) {
            synchronized (answers) {
                answers.put(key, answer);
            }
        }
        return answer;
    }
}
