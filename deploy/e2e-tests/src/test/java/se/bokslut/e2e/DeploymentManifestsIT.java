package se.bokslut.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import se.bokslut.localstack.HttpJson;
import se.bokslut.localstack.ParticipantEventFactory;
import se.bokslut.localstack.ServiceProcess;

/**
 * The production files in {@code deploy/kubernetes} and {@code deploy/monitoring} against the packaged services: every
 * manifest parses; every probe path answers on the running service and every port is the service's own; every
 * environment variable a manifest sets is one the service reads; no container runs as root or with a writable root;
 * and every metric the dashboard and the alert rules use is exposed by a running service.
 */
@ExtendWith(RunningSystem.class)
class DeploymentManifestsIT {

    static final Path ROOT = Path.of(System.getProperty("bokslut.root", "../..")).toAbsolutePath().normalize();
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();
    /** Variables the container image's start script reads, not the service. */
    static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_MAX_MEM_RATIO", "JAVA_OPTS_APPEND");
    /** Series Prometheus makes itself. */
    static final Set<String> PROMETHEUS_OWN = Set.of("up");
    static final Map<String, Integer> PORTS = Map.of("intake-service", 8081, "scoring-service", 8082,
            "reporting-service", 8083);

    @Test
    void everyManifestParsesAndEveryContainerRunsAsNonRootOnAReadOnlyRoot() throws IOException {
        List<JsonNode> documents = documents();
        assertThat(documents).extracting(doc -> doc.path("kind").asText())
                .contains("Deployment", "Service", "PodDisruptionBudget", "NetworkPolicy", "ConfigMap", "Job",
                        "Kustomization");
        List<String> problems = new ArrayList<>();
        for (JsonNode pod : podSpecs(documents)) {
            JsonNode podSecurity = pod.path("securityContext");
            for (JsonNode container : pod.path("containers")) {
                String name = container.path("name").asText();
                JsonNode security = container.path("securityContext");
                boolean nonRoot = security.path("runAsNonRoot").asBoolean(podSecurity.path("runAsNonRoot").asBoolean());
                int user = security.path("runAsUser").asInt(podSecurity.path("runAsUser").asInt(-1));
                if (!nonRoot || user == 0) {
                    problems.add(name + " may run as root");
                }
                if (!security.path("readOnlyRootFilesystem").asBoolean()) {
                    problems.add(name + " has a writable root file system");
                }
                if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                    problems.add(name + " allows privilege escalation");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void probesPortsAndEnvironmentVariablesAreTheServicesOwn() throws IOException {
        List<String> problems = new ArrayList<>();
        for (JsonNode deployment : kind(documents(), "Deployment")) {
            String service = deployment.path("metadata").path("name").asText();
            ServiceProcess running = running(service);
            Set<String> known = knownVariables(service);
            JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
            int port = container.path("ports").get(0).path("containerPort").asInt();
            if (port != PORTS.get(service)) {
                problems.add(service + " listens on " + PORTS.get(service) + ", not " + port);
            }
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                String path = container.path(probe).path("httpGet").path("path").asText();
                if (path.isEmpty()) {
                    problems.add(service + " has no " + probe);
                    continue;
                }
                int status = HttpJson.anonymous().get(running.url() + path).status();
                if (status != 200) {
                    problems.add(service + " " + probe + " " + path + " answers " + status);
                }
            }
            for (JsonNode variable : container.path("env")) {
                String name = variable.path("name").asText();
                if (!known.contains(name) && !IMAGE_VARIABLES.contains(name)) {
                    problems.add(service + " does not read " + name);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMetricOfTheDashboardAndTheAlertsIsExposedByARunningService() throws Exception {
        // Given traffic that makes every series appear: events, an anomaly, a report and a change
        Bokslut.putAssociation("metrikforbundet", """
                {"name": "Metrikförbundet", "platforms": [{"id": "torget", "name": "Torget"}]}""", "torget");
        ParticipantEventFactory events = new ParticipantEventFactory("metrikforbundet", "metrics");
        Bokslut.postAll(List.of(events.started("torget", "p-1", LocalDate.of(2021, 2, 1), "WOMAN"),
                events.closed("torget", "p-2", LocalDate.of(2021, 3, 1), "WORK")));
        Map<String, Object> response = new java.util.LinkedHashMap<>();
        response.put("responseId", java.util.UUID.nameUUIDFromBytes("metrics-response".getBytes()).toString());
        response.put("associationId", "metrikforbundet");
        response.put("platformIds", List.of("torget"));
        response.put("respondentGroup", "PARTICIPANT");
        response.put("answeredOn", "2021-05-01");
        response.put("answers", Map.of("NNS-1", 5));
        HttpJson.Answer answered = HttpJson.as(Bokslut.tokens().surveyTool("metrikforbundet"))
                .post(RunningSystem.intake() + "/api/v1/survey-responses", response);
        assertThat(answered.status()).as(answered.body()).isIn(200, 202);
        Bokslut.awaitVolume("metrikforbundet", "torget", "2021",
                report -> report.path("started").path("total").asInt() == 1);
        Set<String> used = new TreeSet<>(metricsOf(dashboardExpressions()));
        used.addAll(metricsOf(alertExpressions()));
        used.removeAll(PROMETHEUS_OWN);
        assertThat(used).contains("bokslut_scoring_freshness_seconds_bucket", "bokslut_intake_outbox_backlog",
                "bokslut_scoring_consumer_lag", "http_server_requests_seconds_bucket");

        // Then each is exposed by one of the services (gauges read on a schedule: wait for them)
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Set<String> missing = new TreeSet<>(used);
        while (!missing.isEmpty() && System.nanoTime() < deadline) {
            String exposed = String.join("\n", RunningSystem.system().services().stream()
                    .map(service -> prometheusText(service.url() + "/q/metrics")).toList());
            missing.removeIf(metric -> Pattern.compile("(?m)^" + Pattern.quote(metric) + "[{ ]").matcher(exposed)
                    .find());
            if (!missing.isEmpty()) {
                Bokslut.sleep(2000);
            }
        }
        assertThat(missing).as("metrics used by deploy/monitoring but exposed by no service").isEmpty();
    }

    /** The metrics as Prometheus scrapes them (text format; with Accept: application/json Quarkus answers JSON). */
    private static String prometheusText(String url) {
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create(url)).header("Accept", "text/plain").GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> dashboardExpressions() throws IOException {
        List<String> expressions = new ArrayList<>();
        JsonNode dashboard = JSON.readTree(ROOT.resolve("deploy/monitoring/grafana-dashboard.json").toFile());
        for (JsonNode panel : dashboard.path("panels")) {
            panel.path("targets").forEach(target -> expressions.add(target.path("expr").asText()));
        }
        assertThat(expressions).isNotEmpty();
        return expressions;
    }

    private static List<String> alertExpressions() throws IOException {
        List<String> expressions = new ArrayList<>();
        JsonNode rules = YAML.readTree(ROOT.resolve("deploy/monitoring/prometheus-alerts.yaml").toFile());
        for (JsonNode group : rules.path("groups")) {
            group.path("rules").forEach(rule -> expressions.add(rule.path("expr").asText()));
        }
        assertThat(expressions).hasSizeGreaterThan(5);
        return expressions;
    }

    /** The series names in PromQL expressions: identifiers that are not functions, keywords or label names. */
    static Set<String> metricsOf(List<String> expressions) {
        Set<String> names = new LinkedHashSet<>();
        Pattern identifier = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
        Set<String> words = Set.of("sum", "max", "min", "avg", "by", "without", "rate", "increase", "irate",
                "histogram_quantile", "count", "and", "or", "unless", "le", "on", "ignoring", "bool", "offset");
        for (String expression : expressions) {
            String bare = expression.replaceAll("\\{[^}]*}", "").replaceAll("\\[[^]]*]", "")
                    .replaceAll("\"[^\"]*\"", "").replaceAll("(by|without) \\([^)]*\\)", "");
            Matcher matcher = identifier.matcher(bare);
            while (matcher.find()) {
                String word = matcher.group();
                if (!words.contains(word)) {
                    names.add(word);
                }
            }
        }
        return names;
    }

    /**
     * The environment variables a service reads: those its application.properties names as {@code ${VAR}}, and the
     * environment form (upper case, every other character an underscore) of each property it knows — the keys of
     * application.properties, its {@code @ConfigProperty} names and its {@code @ConfigMapping} methods.
     */
    static Set<String> knownVariables(String service) throws IOException {
        Path module = ROOT.resolve(service);
        String properties = Files.readString(module.resolve("src/main/resources/application.properties"));
        Set<String> known = new TreeSet<>();
        Matcher reference = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)").matcher(properties);
        while (reference.find()) {
            known.add(reference.group(1));
        }
        for (String line : properties.lines().toList()) {
            int equals = line.indexOf('=');
            if (!line.startsWith("#") && equals > 0) {
                known.add(environmentName(line.substring(0, equals).replaceFirst("^%[a-z]+\\.", "")));
            }
        }
        try (Stream<Path> sources = Files.walk(module.resolve("src/main/java"))) {
            for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                Matcher property = Pattern.compile("@ConfigProperty\\(name = \"([^\"]+)\"").matcher(code);
                while (property.find()) {
                    known.add(environmentName(property.group(1)));
                }
                Matcher mapping = Pattern.compile("@ConfigMapping\\(prefix = \"([^\"]+)\"\\)").matcher(code);
                if (mapping.find()) {
                    Matcher method = Pattern.compile("(?m)^    [A-Za-z<>.]+ ([a-z][A-Za-z0-9]*)\\(\\);").matcher(code);
                    while (method.find()) {
                        known.add(environmentName(mapping.group(1) + "."
                                + method.group(1).replaceAll("([A-Z])", "-$1").toLowerCase()));
                    }
                }
            }
        }
        return known;
    }

    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    private static ServiceProcess running(String service) {
        return RunningSystem.system().services().stream().filter(process -> process.name().equals(service))
                .findFirst().orElseThrow();
    }

    private static List<JsonNode> documents() throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(KUBERNETES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
                    for (var values = YAML.readValues(parser, JsonNode.class); values.hasNext();) {
                        JsonNode document = values.next();
                        if (document != null && !document.isMissingNode() && !document.isNull()) {
                            assertThat(document.isObject()).as(file + " holds an object").isTrue();
                            documents.add(document);
                        }
                    }
                }
            }
        }
        return documents;
    }

    private static List<JsonNode> kind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(document -> document.path("kind").asText().equals(kind)).toList();
    }

    private static List<JsonNode> podSpecs(List<JsonNode> documents) {
        List<JsonNode> pods = new ArrayList<>();
        for (JsonNode document : documents) {
            String kind = document.path("kind").asText();
            if (kind.equals("Deployment") || kind.equals("Job")) {
                pods.add(document.path("spec").path("template").path("spec"));
            }
        }
        assertThat(pods).hasSizeGreaterThanOrEqualTo(4);
        return pods;
    }
}
