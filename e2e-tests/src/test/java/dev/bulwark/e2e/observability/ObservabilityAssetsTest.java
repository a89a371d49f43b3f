package dev.bulwark.e2e.observability;

import static dev.bulwark.e2e.observability.ObservabilityAssets.COMPONENT;
import static dev.bulwark.e2e.observability.ObservabilityAssets.RUNBOOK_URL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.bulwark.e2e.observability.ObservabilityAssets.Alert;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The alerts, the dashboard and the component are consistent with the runbook and the metric catalogue; no stack needed. */
class ObservabilityAssetsTest {

    private static final Pattern EXPLICIT_ANCHOR = Pattern.compile("<a id=\"([a-z0-9-]+)\"></a>");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");
    private static final Pattern LOCAL_LINK = Pattern.compile("\\]\\(#([a-z0-9-]+)\\)");

    private final ObservabilityAssets assets = ObservabilityAssets.ofRepository();

    @Test
    void shouldGiveEveryAlertASeveritySummaryDescriptionAndRunbookSection() {
        List<Alert> alerts = assets.alerts();
        Set<String> anchors = runbookAnchors();

        assertThat(alerts).hasSizeGreaterThanOrEqualTo(10);
        assertThat(alerts).extracting(Alert::name).doesNotHaveDuplicates();
        assertThat(alerts).allSatisfy(alert -> {
            assertThat(alert.severity()).as(alert.name()).isIn("critical", "warning");
            assertThat(alert.summary()).as(alert.name()).isNotBlank();
            assertThat(alert.description()).as(alert.name()).isNotBlank();
            assertThat(alert.runbookUrl()).as(alert.name()).isEqualTo(RUNBOOK_URL + ObservabilityAssets.kebab(alert.name()));
            assertThat(anchors).as("runbook section of " + alert.name()).contains(ObservabilityAssets.kebab(alert.name()));
            assertThat(assets.runbook()).as("runbook heading of " + alert.name()).contains("### " + alert.name() + "\n");
        });
    }

    @Test
    void shouldCoverTheOperationalRisksWithAlerts() {
        String expressions = String.join("\n", assets.alerts().stream().map(Alert::expr).toList());

        assertThat(expressions).contains("up{", "bulwark_cases_queue_oldest_age_seconds", "bulwark_cases_queue_sla_breaches",
                "delta(bulwark_cases_queue_backlog", "grpc_server_processing_duration_seconds_count",
                "http_server_requests_seconds_count", "fallback=\"true\"", "bulwark_intake_outbox_lag_seconds",
                "bulwark_actions_webhooks_outbox_lag_seconds");
    }

    @Test
    void shouldResolveEveryLinkWithinTheRunbook() {
        Set<String> anchors = runbookAnchors();
        Matcher links = LOCAL_LINK.matcher(assets.runbook());
        List<String> targets = new ArrayList<>();
        while (links.find()) {
            targets.add(links.group(1));
        }

        assertThat(targets).isNotEmpty();
        assertThat(anchors).containsAll(targets);
    }

    @Test
    void shouldListEveryBulwarkMetricOfTheDashboardAndAlertsInTheCatalogue() {
        Set<String> referenced = assets.referencedMetrics();

        assertThat(referenced).hasSizeGreaterThan(15);
        assertThat(assets.catalogue()).containsAll(referenced);
    }

    @Test
    void shouldQueryThePrometheusDatasourceVariableInEveryPanel() {
        JsonNode dashboard = assets.dashboard();
        JsonNode variable = StreamSupport.stream(dashboard.path("templating").path("list").spliterator(), false)
                .filter(v -> v.path("name").asText().equals("datasource")).findFirst().orElseThrow();
        List<JsonNode> panels = StreamSupport.stream(dashboard.path("panels").spliterator(), false)
                .filter(p -> !p.path("type").asText().equals("row")).toList();

        assertThat(dashboard.path("uid").asText()).isEqualTo("bulwark-operations");
        assertThat(variable.path("type").asText()).isEqualTo("datasource");
        assertThat(variable.path("query").asText()).isEqualTo("prometheus");
        assertThat(panels).allSatisfy(panel -> {
            assertThat(panel.path("datasource").path("uid").asText()).as(panel.path("title").asText()).isEqualTo("${datasource}");
            assertThat(panel.path("targets")).as(panel.path("title").asText()).isNotEmpty();
            panel.path("targets").forEach(t -> assertThat(t.path("expr").asText()).isNotBlank());
        });
        assertThat(dashboard.findValues("id")).extracting(JsonNode::asInt).doesNotHaveDuplicates();
    }

    @Test
    void shouldShowTheOperationsOverviewPanels() {
        List<String> titles = assets.dashboard().findValues("title").stream().map(t -> t.asText().toLowerCase(Locale.ROOT)).toList();
        String all = String.join("\n", titles);

        assertThat(all).contains("submission volume", "verdict mix", "backlog", "sla", "oldest case age", "decision latency",
                "classifier latency", "fallback rate", "automation rate", "automation precision", "overturn rate",
                "actions by type", "outbox lag", "webhook failures", "error rate");
        assertThat(String.join("\n", assets.dashboardExpressions()))
                .contains("histogram_quantile(0.5,", "histogram_quantile(0.95,", "histogram_quantile(0.99,",
                        "bulwark_intake_decision_duration_seconds_bucket");
    }

    @Test
    void shouldShipTheDashboardAsASidecarConfigMapFromAComponent() throws Exception {
        YAMLMapper yaml = new YAMLMapper();
        Path component = assets.root().resolve(COMPONENT);
        JsonNode kustomization = yaml.readTree(component.resolve("kustomization.yaml").toFile());
        JsonNode generator = StreamSupport.stream(kustomization.path("configMapGenerator").spliterator(), false)
                .filter(g -> g.path("name").asText().equals("bulwark-operations-dashboard"))
                .findFirst().orElseThrow(() -> new AssertionError("no dashboard ConfigMap generator"));

        assertThat(kustomization.path("apiVersion").asText()).isEqualTo("kustomize.config.k8s.io/v1alpha1");
        assertThat(kustomization.path("kind").asText()).isEqualTo("Component");
        assertThat(generator.path("files").get(0).asText()).isEqualTo("dashboards/bulwark-operations.json");
        assertThat(generator.path("options").path("labels").path("grafana_dashboard").asText()).isEqualTo("1");
        kustomization.path("resources").forEach(r -> assertThat(component.resolve(r.asText())).isRegularFile());

        JsonNode monitor = yaml.readTree(component.resolve("podmonitor.yaml").toFile());
        JsonNode endpoint = monitor.path("spec").path("podMetricsEndpoints").get(0);
        assertThat(monitor.path("apiVersion").asText()).isEqualTo("monitoring.coreos.com/v1");
        assertThat(monitor.path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/part-of").asText()).isEqualTo("bulwark");
        assertThat(endpoint.path("port").asText()).isEqualTo("http");
        assertThat(endpoint.path("path").asText()).isEqualTo("/q/metrics");
    }

    @Test
    void shouldPassPromtoolsRuleCheckAndAlertTestsWhenItIsInstalled(@TempDir Path dir) throws Exception {
        String promtool = onPath("promtool");
        assumeTrue(promtool != null, "promtool is not installed (Debian package prometheus); rules not checked by promtool");
        Path component = assets.root().resolve(COMPONENT);
        JsonNode rule = new YAMLMapper().readTree(component.resolve("prometheusrule.yaml").toFile());
        // promtool reads plain rule groups: the PrometheusRule's spec.
        new YAMLMapper().writeValue(dir.resolve("rules.yaml").toFile(), rule.path("spec"));
        Files.copy(component.resolve("tests/alerts.test.yaml"), dir.resolve("alerts.test.yaml"));

        assertThat(promtool(dir, promtool, "check", "rules", "rules.yaml")).contains("SUCCESS: " + assets.alerts().size() + " rules found");
        assertThat(promtool(dir, promtool, "test", "rules", "alerts.test.yaml")).contains("SUCCESS");
    }

    private static String promtool(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** Explicit anchors and the anchors GitHub derives from headings. */
    private Set<String> runbookAnchors() {
        String runbook = assets.runbook();
        Set<String> anchors = new TreeSet<>();
        Matcher explicit = EXPLICIT_ANCHOR.matcher(runbook);
        while (explicit.find()) {
            anchors.add(explicit.group(1));
        }
        Matcher heading = HEADING.matcher(runbook);
        while (heading.find()) {
            anchors.add(heading.group(1).trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-'));
        }
        return anchors;
    }

    private static String onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
