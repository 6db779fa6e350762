package se.bokslut.reporting.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sweden's 290 municipalities by their four-digit SCB code (kommunkod), shipped with the service in
 * {@code scb/kommuner.csv}: code, name, county code, county. There have been 290 since Knivsta (0330) was formed in 2003;
 * should it change, the file is the one place to update.
 */
public final class Municipalities {

    private static final Map<String, String> NAMES = load();

    private Municipalities() {
    }

    /** The municipality's name, empty for a code that is not an SCB municipality code. */
    public static Optional<String> name(String code) {
        return Optional.ofNullable(code == null ? null : NAMES.get(code));
    }

    public static Map<String, String> all() {
        return NAMES;
    }

    private static Map<String, String> load() {
        InputStream in = Municipalities.class.getClassLoader().getResourceAsStream("scb/kommuner.csv");
        if (in == null) {
            throw new IllegalStateException("scb/kommuner.csv is missing from the classpath");
        }
        Map<String, String> names = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(",");
                names.put(fields[0], fields[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(names);
    }
}
