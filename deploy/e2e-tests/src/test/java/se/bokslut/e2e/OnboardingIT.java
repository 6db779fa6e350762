package se.bokslut.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import se.bokslut.localstack.BokslutSystem;
import se.bokslut.localstack.FreePorts;
import se.bokslut.localstack.HttpJson;
import se.bokslut.localstack.ParticipantEventFactory;

/**
 * The first hour of a new customer: tokens from {@code deploy/token.sh} for any association and role, accepted by
 * all three services within their scope and refused outside it; and {@code deploy/run-local.sh --association} with
 * the shipped example association, from start to a goal-fulfilment report of its own platform.
 */
@ExtendWith(RunningSystem.class)
class OnboardingIT {

    static final Path ROOT = Path.of(System.getProperty("bokslut.root", "../..")).toAbsolutePath().normalize();
    static final Path RUN = ROOT.resolve("deploy/e2e-tests/target/e2e-logs");

    @Test
    void theTokenToolSignsTokensEveryServiceAcceptsForTheirScopeOnly() throws Exception {
        // Given an association of the running system with two platforms
        Bokslut.putAssociation("tokenforbundet", """
                {"name": "Tokenförbundet", "platforms": [{"id": "norra", "name": "Norra"},
                 {"id": "sodra", "name": "Södra"}]}""", "norra");
        ParticipantEventFactory events = new ParticipantEventFactory("tokenforbundet", "token-tool");

        // When its analyst, a case system for one platform and a BI reader of another association get tokens
        String analyst = token(RUN, "--association", "tokenforbundet", "--role", "analyst");
        String caseSystem = token(RUN, "--association", "tokenforbundet", "--role", "case-system", "--platforms",
                "norra", "--hours", "1");
        String allPlatforms = token(RUN, "--association", "tokenforbundet", "--role", "case-system");
        String otherReader = token(RUN, "--association", "annat-forbund", "--role", "bi-reader");

        // Then intake takes the case system's events for its platform only, and for both when none was named
        Map<String, Object> north = events.started("norra", "p-1", LocalDate.of(2021, 2, 1), "WOMAN");
        Map<String, Object> south = events.started("sodra", "p-2", LocalDate.of(2021, 2, 1), "MAN");
        String intake = RunningSystem.intake() + "/api/v1/participant-events";
        assertThat(HttpJson.as(caseSystem).post(intake, north).status()).isEqualTo(202);
        assertThat(HttpJson.as(caseSystem).post(intake, south).status()).isEqualTo(403);
        assertThat(HttpJson.as(allPlatforms).post(intake, south).status()).isEqualTo(202);
        // reporting answers the analyst for her association and refuses the other association's reader; scoring is
        // internal: it answers reporting-service's own identity and refuses every user token
        String volume = RunningSystem.reporting()
                + "/api/v1/reports/volume?associationId=tokenforbundet&unit=norra&year=2021";
        assertThat(HttpJson.as(analyst).get(volume).status()).isEqualTo(200);
        assertThat(HttpJson.as(otherReader).get(volume).status()).isEqualTo(403);
        String figures = RunningSystem.scoring()
                + "/api/v1/figures/volume?associationId=tokenforbundet&platformId=norra&from=2021-01-01&to=2021-12-31";
        assertThat(HttpJson.as(analyst).get(figures).status()).isEqualTo(403);
        assertThat(HttpJson.as(otherReader).get(figures).status()).isEqualTo(403);
        assertThat(HttpJson.as(Bokslut.tokens().reportingService()).get(figures).status()).isEqualTo(200);
        // a whole valid batch that is only validated reaches neither the topics nor the figures
        List<Map<String, Object>> checked = List.of(
                events.started("norra", "p-3", LocalDate.of(2022, 3, 1), "WOMAN"),
                events.closed("norra", "p-3", LocalDate.of(2022, 9, 1), "WORK"),
                events.started("norra", "p-4", LocalDate.of(2022, 4, 1), "MAN"));
        JsonNode validated = HttpJson.as(caseSystem).post(intake + "/validate/batch", checked).expect(200).json();
        assertThat(validated.path("accepted").asInt()).isEqualTo(3);
        assertThat(HttpJson.as(caseSystem).post(intake, events.started("norra", "p-sentinel",
                LocalDate.of(2022, 5, 1), "MAN")).status()).isEqualTo(202);
        JsonNode year2022 = Bokslut.awaitVolume("tokenforbundet", "norra", "2022",
                report -> report.path("started").path("total").asInt() >= 1);
        assertThat(year2022.path("started").path("total").asInt()).as("only the event really sent").isEqualTo(1);
        assertThat(year2022.path("closed").path("total").asInt()).isZero();
        // and a token the tool was asked for wrongly, or without a run, is refused with a reason
        Result badRole = tokenTool(RUN, "--association", "tokenforbundet", "--role", "superuser");
        assertThat(badRole.exit()).isEqualTo(2);
        assertThat(badRole.error()).contains("--role must be one of");
        Path noRun = Files.createTempDirectory("no-run");
        Result refused = tokenTool(noRun, "--association", "tokenforbundet", "--role", "analyst");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.error()).contains("no local run is up");
        assertThat(refused.output()).isEmpty();
    }

    @Test
    void runLocalWithTheExampleAssociationServesItsOwnReport() throws Exception {
        Path run = ROOT.resolve("deploy/e2e-tests/target/onboarding-run");
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("deploy/run-local.sh").toString(), "--no-demo",
                "--association", "deploy/examples/my-association")
                .directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().put("BOKSLUT_RUN_DIR", run.toString());
        for (String port : List.of("INTAKE", "SCORING", "REPORTING", "KAFKA", "POSTGRES")) {
            builder.environment().put("BOKSLUT_" + port + "_PORT", Integer.toString(FreePorts.next()));
        }
        Process process = builder.start();
        try {
            // Given the local run with the user's own association, once it says READY
            List<String> output = awaitReady(process, Duration.ofSeconds(240));
            assertThat(output).anyMatch(line -> line.startsWith("Tokens for my-association"));
            java.util.Properties urls = new java.util.Properties();
            try (var in = Files.newBufferedReader(run.resolve(BokslutSystem.RUN_FILE))) {
                urls.load(in);
            }
            Path tokens = run.resolve("tokens/my-association");
            HttpJson.Client caseSystem = HttpJson.as(Files.readString(tokens.resolve("case-system.jwt")));
            HttpJson.Client analyst = HttpJson.as(Files.readString(tokens.resolve("analyst.jwt")));

            // When her case system posts a start and a closure to work on her platform
            ParticipantEventFactory events = new ParticipantEventFactory("my-association", "onboarding");
            String intake = urls.getProperty("intake") + "/api/v1/participant-events";
            assertThat(caseSystem.post(intake, events.started("my-platform", "p-1", LocalDate.of(2026, 2, 1),
                    "WOMAN")).status()).isEqualTo(202);
            assertThat(caseSystem.post(intake, events.closed("my-platform", "p-1", LocalDate.of(2026, 6, 1),
                    "WORK")).status()).isEqualTo(202);

            // Then her goal model's report shows them: one closure of one, to work
            String report = urls.getProperty("reporting")
                    + "/api/v1/reports/goal-fulfilment?associationId=my-association&unit=my-platform&year=2026";
            JsonNode work = awaitIndicator(analyst, report, "1.1.1", Duration.ofSeconds(60));
            assertThat(work.path("numerator").asLong()).isEqualTo(1);
            assertThat(work.path("denominator").asLong()).isEqualTo(1);
            assertThat(work.path("status").asText()).isEqualTo("GREEN");
            // and deploy/token.sh signs for this run too
            String biReader = token(run, "--association", "my-association", "--role", "bi-reader");
            assertThat(HttpJson.as(biReader).get(report).status()).isEqualTo(200);
        } finally {
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the local run stops on SIGTERM").isTrue();
        }
        // the signing key and the run description go with the run
        assertThat(run.resolve(BokslutSystem.PRIVATE_KEY)).doesNotExist();
        assertThat(run.resolve(BokslutSystem.RUN_FILE)).doesNotExist();
    }

    private static JsonNode awaitIndicator(HttpJson.Client analyst, String report, String id, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            HttpJson.Answer answer = analyst.get(report);
            if (answer.status() == 200) {
                for (JsonNode area : answer.json().path("goalAreas")) {
                    for (JsonNode goal : area.path("goals")) {
                        for (JsonNode indicator : goal.path("indicators")) {
                            if (indicator.path("id").asText().equals(id)) {
                                last = indicator;
                            }
                        }
                    }
                }
                if (last != null && last.path("denominator").asLong() == 1) {
                    return last;
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("indicator " + id + " did not show the closure within " + timeout + ": " + last);
    }

    private static List<String> awaitReady(Process process, Duration timeout) throws Exception {
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "run-local-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            synchronized (lines) {
                if (lines.contains("READY")) {
                    return List.copyOf(lines);
                }
            }
            Thread.sleep(200);
        }
        synchronized (lines) {
            throw new AssertionError("run-local.sh did not print READY: " + String.join("\n", lines));
        }
    }

    record Result(int exit, String output, String error) {
    }

    private static String token(Path run, String... arguments) throws Exception {
        Result result = tokenTool(run, arguments);
        assertThat(result.exit()).as(result.error()).isZero();
        return result.output().trim();
    }

    private static Result tokenTool(Path run, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("deploy/token.sh").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().put("BOKSLUT_RUN_DIR", run.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String error = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output, error);
    }
}
