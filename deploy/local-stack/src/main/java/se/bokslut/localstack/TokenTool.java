package se.bokslut.localstack;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code deploy/token.sh}: prints a bearer token that the running local system accepts, for any association and role,
 * signed with the key that run left under its log directory. Refuses when no local run is up, so a token is never
 * printed that nothing would accept.
 *
 * <pre>
 * deploy/token.sh --association ID --role ROLE [--platforms a,b] [--hours N]
 * </pre>
 */
public final class TokenTool {

    static final List<String> ROLES = List.of("analyst", "bi-reader", "case-system", "survey-tool");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    static final String USAGE = """
            Usage: deploy/token.sh --association ID --role ROLE [--platforms a,b] [--hours N]
              --association  the association the token is for, e.g. umearegionen
              --role         analyst, bi-reader, case-system or survey-tool (docs/security.md)
              --platforms    case-system: the platforms it may post for (default: every platform of the association
                             in the running system's reference data); survey-tool: limits it to these platforms
              --hours        validity, 1 to 720 (default 12)
            Prints the token on standard output; needs a running deploy/run-local.sh.""";

    /** The parsed command line. */
    record Request(String association, String role, List<String> platforms, int hours) {
    }

    private TokenTool() {
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("bokslut.root", ".")).toAbsolutePath().normalize();
        String runDirectory = System.getenv("BOKSLUT_RUN_DIR");
        Path run = runDirectory == null || runDirectory.isBlank() ? root.resolve("deploy/local-stack/target/logs")
                : Path.of(runDirectory).toAbsolutePath();
        try {
            System.out.println(token(parse(args), run));
        } catch (IllegalArgumentException e) {
            System.err.println("token.sh: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (IllegalStateException e) {
            System.err.println("token.sh: " + e.getMessage());
            System.exit(1);
        }
    }

    static Request parse(String[] args) {
        String association = null;
        String role = null;
        List<String> platforms = null;
        int hours = 12;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("-h") || option.equals("--help")) {
                throw new IllegalArgumentException("help");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--association" -> association = value;
                case "--role" -> role = value;
                case "--platforms" -> platforms = Arrays.stream(value.split(",")).map(String::trim)
                        .filter(p -> !p.isEmpty()).toList();
                case "--hours" -> hours = hours(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (association == null || !ID.matcher(association).matches()) {
            throw new IllegalArgumentException("--association must be a lower-case id such as umearegionen");
        }
        if (role == null || !ROLES.contains(role)) {
            throw new IllegalArgumentException("--role must be one of " + String.join(", ", ROLES));
        }
        if (platforms != null) {
            if (platforms.isEmpty()) {
                throw new IllegalArgumentException("--platforms must name at least one platform");
            }
            for (String platform : platforms) {
                if (!ID.matcher(platform).matches()) {
                    throw new IllegalArgumentException("--platforms: " + platform + " is not a lower-case id");
                }
            }
            if (role.equals("analyst") || role.equals("bi-reader")) {
                throw new IllegalArgumentException("--platforms applies to case-system and survey-tool only");
            }
        }
        return new Request(association, role, platforms, hours);
    }

    private static int hours(String value) {
        try {
            int hours = Integer.parseInt(value);
            if (hours >= 1 && hours <= 720) {
                return hours;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--hours must be a whole number from 1 to 720");
    }

    /** Signs the token, after making sure the run that left the key is up. */
    static String token(Request request, Path run) {
        Properties urls = runningSystem(run);
        Tokens tokens = Tokens.load(run.resolve(BokslutSystem.PRIVATE_KEY), run.resolve(BokslutSystem.PUBLIC_KEY));
        Duration validity = Duration.ofHours(request.hours());
        String association = request.association();
        return switch (request.role()) {
            case "analyst" -> tokens.token("analyst@" + association, List.of("analyst"), association, null, validity);
            case "bi-reader" -> tokens.token("bi-reader@" + association, List.of("bi-reader"), association, null,
                    validity);
            case "survey-tool" -> tokens.token("survey-tool:" + association, List.of("survey-tool"), association,
                    request.platforms(), validity);
            default -> tokens.token("case-system:" + association, List.of("case-system"), association,
                    request.platforms() != null ? request.platforms()
                            : platformsOf(association, urls.getProperty("reporting"), tokens),
                    validity);
        };
    }

    private static Properties runningSystem(Path run) {
        Path file = run.resolve(BokslutSystem.RUN_FILE);
        if (!Files.isRegularFile(file) || !Files.isRegularFile(run.resolve(BokslutSystem.PRIVATE_KEY))) {
            throw new IllegalStateException("no local run is up (" + file
                    + " is missing): start deploy/run-local.sh first");
        }
        Properties urls = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            urls.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage());
        }
        String reporting = urls.getProperty("reporting");
        HttpJson.Answer health;
        try {
            health = HttpJson.anonymous().get(reporting + "/q/health/live");
        } catch (RuntimeException e) {
            health = null;
        }
        if (health == null || health.status() != 200) {
            throw new IllegalStateException("the local run described in " + file + " does not answer at " + reporting
                    + ": start deploy/run-local.sh again");
        }
        return urls;
    }

    /** Every platform the running system's reference data gives the association. */
    private static List<String> platformsOf(String association, String reporting, Tokens tokens) {
        HttpJson.Answer answer = HttpJson.as(tokens.analyst(association))
                .get(reporting + "/api/v1/associations/" + association);
        if (answer.status() == 404) {
            throw new IllegalStateException(association + " has no reference data in the running system; PUT it to "
                    + "/api/v1/associations/" + association + " (or start with --association) or name --platforms");
        }
        answer.expect(200);
        List<String> platforms = new ArrayList<>();
        for (JsonNode platform : answer.json().path("platforms")) {
            platforms.add(platform.path("id").asText());
        }
        if (platforms.isEmpty()) {
            throw new IllegalStateException(association + " has no platforms; name --platforms");
        }
        return platforms;
    }
}
