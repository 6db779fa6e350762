package se.bokslut.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code deploy/run-local.sh}: starts PostgreSQL, Kafka and the three services on this machine, loads the demo
 * unless {@code --no-demo} is given, prints the URLs and {@code READY}, and stops everything on Ctrl-C or SIGTERM.
 */
public final class LocalRun {

    private LocalRun() {
    }

    public static void main(String[] args) throws InterruptedException {
        boolean demo = !Arrays.asList(args).contains("--no-demo");
        Path root = Path.of(System.getProperty("bokslut.root", ".")).toAbsolutePath().normalize();
        List<Path> own = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--association")) {
                Path path = Path.of(System.getProperty("bokslut.cwd", "."), args[++i]).toAbsolutePath().normalize();
                try {
                    AssociationLoader.check(path);
                } catch (IllegalArgumentException e) {
                    System.err.println("run-local.sh --association: " + e.getMessage());
                    System.exit(2);
                }
                own.add(path);
            }
        }
        BokslutSystem.Ports ports = BokslutSystem.Ports.fromEnvironment();
        // BOKSLUT_RUN_DIR moves logs, tokens and the signing key elsewhere (the end-to-end test of this script does)
        String runDirectory = System.getenv("BOKSLUT_RUN_DIR");
        Path logs = runDirectory == null || runDirectory.isBlank() ? root.resolve("deploy/local-stack/target/logs")
                : Path.of(runDirectory).toAbsolutePath().normalize();
        long started = System.nanoTime();

        System.out.printf("Starting PostgreSQL on 127.0.0.1:%d, Kafka on 127.0.0.1:%d and the services (logs in %s)%n",
                ports.postgres(), ports.kafka(), logs);
        BokslutSystem system = BokslutSystem.start(root, ports, logs);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Bokslut…");
            system.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "bokslut-stop"));

        if (demo) {
            System.out.println("Loading the demo (Samordningsförbundet Umeåregionen 2017–2020)…");
            DemoLoader.load(root.resolve("deploy/demo"), system.intake().url(), system.reporting().url(),
                    system.tokens());
        }
        Path tokens = logs.resolve("tokens");
        StringBuilder ownTokens = new StringBuilder();
        for (Path path : own) {
            System.out.println("Loading " + path + "…");
            for (AssociationLoader.Loaded association : AssociationLoader.load(path, system.intake().url(),
                    system.reporting().url(), system.tokens())) {
                Path directory = writeTokens(system.tokens(), tokens.resolve(association.id()), association.id(),
                        association.platformIds());
                ownTokens.append("Tokens for ").append(association.id()).append(": ").append(directory)
                        .append("/<role>.jwt\n");
            }
        }
        writeTokens(system.tokens(), tokens, DemoData.ASSOCIATION, List.of(DemoData.PLATFORMS));
        String reporting = system.reporting().url();
        System.out.printf("""

                Bokslut is running (%.0f s):
                  intake-service     %s   (Swagger UI %s/q/swagger-ui)
                  scoring-service    %s
                  reporting-service  %s   (Swagger UI %s/q/swagger-ui)
                  Kafka              %s
                  PostgreSQL         %s (user %s)
                Tokens for umearegionen, one per role, valid 12 hours: %s/<role>.jwt
                  (analyst, bi-reader, case-system for all its platforms, survey-tool; docs/security.md)
                %sAny other token: deploy/token.sh --association ID --role ROLE [--platforms a,b] [--hours N]
                Try:
                  TOKEN=$(cat %s/analyst.jwt)
                  curl -H "Authorization: Bearer $TOKEN" '%s/api/v1/reports/volume?associationId=umearegionen&unit=ungdomstorget&year=2019'
                  curl -H "Authorization: Bearer $TOKEN" -H 'Accept: text/csv' '%s/api/v1/reports/goal-fulfilment?associationId=umearegionen&unit=ungdomstorget&year=2019'
                The demo's social accounts 2019 (a browser cannot send the token: save them, then open the files):
                  curl -H "Authorization: Bearer $TOKEN" -o socialt-bokslut-2019.html '%s/api/v1/reports/social-accounts?associationId=umearegionen&year=2019'
                  curl -H "Authorization: Bearer $TOKEN" -H 'Accept: application/pdf' -o socialt-bokslut-2019.pdf '%s/api/v1/reports/social-accounts?associationId=umearegionen&year=2019'
                  xdg-open socialt-bokslut-2019.html   # or open file://$PWD/socialt-bokslut-2019.html in a browser
                Ctrl-C stops everything.
                READY
                """, Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0,
                system.intake().url(), system.intake().url(), system.scoring().url(), reporting, reporting,
                system.kafka().bootstrapServers(), system.postgres().jdbcUrl("<service>"), EmbeddedPostgres.USER,
                tokens, ownTokens, tokens, reporting, reporting, reporting, reporting);
        stopped.await();
    }

    private static Path writeTokens(Tokens tokens, Path directory, String association, List<String> platforms) {
        try {
            java.nio.file.Files.createDirectories(directory);
            java.nio.file.Files.writeString(directory.resolve("analyst.jwt"), tokens.analyst(association));
            java.nio.file.Files.writeString(directory.resolve("bi-reader.jwt"), tokens.biReader(association));
            if (!platforms.isEmpty()) {
                java.nio.file.Files.writeString(directory.resolve("case-system.jwt"),
                        tokens.caseSystem(association, platforms.toArray(String[]::new)));
            }
            java.nio.file.Files.writeString(directory.resolve("survey-tool.jwt"), tokens.surveyTool(association));
            return directory;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
