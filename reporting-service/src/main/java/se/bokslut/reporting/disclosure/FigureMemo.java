package se.bokslut.reporting.disclosure;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Scoring's answers while one grid is built: each query is asked once, whichever tables read it. */
public final class FigureMemo {

    private final Map<String, Object> answers = new HashMap<>();

    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> query) {
        Object answer = answers.get(key);
        if (answer == null) {
            answer = query.get();
            answers.put(key, answer);
        }
        return (T) answer;
    }
}
