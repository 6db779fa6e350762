package se.bokslut.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code deploy/run-local.sh --association PATH}: loads a user's own association into the running system, the way
 * the demo is loaded, so that she can post her own events at once.
 * <p>
 * PATH is either one reference-data file named after the association ({@code my-association.json}, the body of
 * {@code PUT /api/v1/associations/{id}}), or a folder laid out like {@code deploy/demo}: {@code reference/{id}.json}
 * and, optionally, {@code goal-models/{id}-{year}.json}, {@code questions/{id}.json} and
 * {@code manual-inputs/{id}-{year}.json}.
 */
public final class AssociationLoader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    /** An association that was loaded, with the platforms its tokens are written for. */
    public record Loaded(String id, List<String> platformIds) {
    }

    private AssociationLoader() {
    }

    /** Checks the path before anything starts, so that a mistake is told at once. */
    public static void check(Path path) {
        if (Files.isRegularFile(path)) {
            idOf(path);
            return;
        }
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException(path + " is neither a reference-data file nor a folder");
        }
        if (referenceFiles(path).isEmpty()) {
            throw new IllegalArgumentException(path + " has no reference/{association}.json");
        }
    }

    public static List<Loaded> load(Path path, String intakeUrl, String reportingUrl, Tokens tokens) {
        List<Path> references = Files.isRegularFile(path) ? List.of(path) : referenceFiles(path);
        List<Loaded> loaded = new ArrayList<>();
        for (Path reference : references) {
            String id = idOf(reference);
            HttpJson.Client analyst = HttpJson.as(tokens.analyst(id));
            try {
                HttpJson.Answer answer = analyst.put(reportingUrl + "/api/v1/associations/" + id,
                        Files.readString(reference));
                if (answer.status() != 200) {
                    throw new IllegalArgumentException(reference + " was refused by reporting-service ("
                            + answer.status() + "): " + answer.body());
                }
                List<String> platforms = new ArrayList<>();
                for (JsonNode platform : answer.json().path("platforms")) {
                    platforms.add(platform.path("id").asText());
                }
                System.out.printf("  reference data of %s loaded (%d platforms)%n", id, platforms.size());
                if (!platforms.isEmpty()) {
                    DemoLoader.awaitIntakeKnows(intakeUrl, id, platforms.get(0),
                            HttpJson.as(tokens.caseSystem(id, platforms.toArray(String[]::new))));
                }
                loaded.add(new Loaded(id, List.copyOf(platforms)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (Files.isDirectory(path)) {
            // goal models, questions and manual inputs name their association in the file name or body; an analyst
            // of the first association signs them only for it, so each association's files go with its own token
            for (Loaded association : loaded) {
                HttpJson.Client analyst = HttpJson.as(tokens.analyst(association.id()));
                Path own = onlyOf(path, association.id());
                DemoLoader.putQuestions(own, reportingUrl, analyst);
                DemoLoader.putGoalModels(own, reportingUrl, analyst);
                DemoLoader.putManualInputs(own, reportingUrl, analyst);
            }
        }
        return loaded;
    }

    /** A view of the folder with only the association's own files, so each is sent with its own analyst token. */
    private static Path onlyOf(Path folder, String id) {
        try {
            Path view = Files.createTempDirectory("bokslut-association-");
            view.toFile().deleteOnExit();
            for (String kind : List.of("questions", "goal-models", "manual-inputs")) {
                Path source = folder.resolve(kind);
                if (!Files.isDirectory(source)) {
                    continue;
                }
                Path target = Files.createDirectories(view.resolve(kind));
                try (Stream<Path> files = Files.list(source)) {
                    for (Path file : files.filter(f -> belongsTo(f, id)).toList()) {
                        Files.copy(file, target.resolve(file.getFileName()));
                    }
                }
            }
            return view;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean belongsTo(Path file, String id) {
        String name = file.getFileName().toString();
        return name.equals(id + ".json") || name.matches(Pattern.quote(id) + "-\\d{4}\\.json");
    }

    private static List<Path> referenceFiles(Path folder) {
        Path references = folder.resolve("reference");
        if (!Files.isDirectory(references)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(references)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String idOf(Path reference) {
        String name = reference.getFileName().toString();
        String id = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(reference + ": the file name must be the association id, e.g. "
                    + "my-association.json (lower case, digits and hyphens)");
        }
        return id;
    }
}
