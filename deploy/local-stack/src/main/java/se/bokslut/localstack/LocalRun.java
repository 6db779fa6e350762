package se.bokslut.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
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
        BokslutSystem.Ports ports = BokslutSystem.Ports.fromEnvironment();
        Path logs = root.resolve("deploy/local-stack/target/logs");
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
        Path tokens = writeTokens(system.tokens(), logs.resolve("tokens"));
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
                tokens, tokens, reporting, reporting, reporting, reporting);
        stopped.await();
    }

    private static Path writeTokens(Tokens tokens, Path directory) {
        try {
            java.nio.file.Files.createDirectories(directory);
            java.nio.file.Files.writeString(directory.resolve("analyst.jwt"), tokens.analyst(DemoData.ASSOCIATION));
            java.nio.file.Files.writeString(directory.resolve("bi-reader.jwt"), tokens.biReader(DemoData.ASSOCIATION));
            java.nio.file.Files.writeString(directory.resolve("case-system.jwt"),
                    tokens.caseSystem(DemoData.ASSOCIATION, DemoData.PLATFORMS));
            java.nio.file.Files.writeString(directory.resolve("survey-tool.jwt"), tokens.surveyTool(DemoData.ASSOCIATION));
            return directory;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
