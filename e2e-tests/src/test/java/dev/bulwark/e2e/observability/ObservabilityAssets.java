package dev.bulwark.e2e.observability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.bulwark.devstack.ServiceStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the observability component as code: the alert rules, the Grafana dashboard's queries and the
 * metric catalogue of docs/metrics.md, and names the Bulwark metrics they use.
 */
public final class ObservabilityAssets {

    static final String COMPONENT = "k8s/components/observability";
    static final String RUNBOOK_URL = "https://github.com/bulwark-dev/bulwark/blob/main/docs/runbook.md#";

    private static final Pattern BULWARK_METRIC = Pattern.compile("\\bbulwark_[a-z0-9_]+");
    /** The first column of a catalogue row: | `bulwark_...` | */
    private static final Pattern CATALOGUE_ROW = Pattern.compile("(?m)^\\|\\s*`(bulwark_[a-z0-9_]+)`\\s*\\|");
    /** What Prometheus adds to a timer's or histogram's base name. */
    private static final Pattern SERIES_SUFFIX = Pattern.compile("_(bucket|count|sum|max)$");

    /** One alerting rule as the PrometheusRule declares it. */
    public record Alert(String name, String expr, String severity, String summary, String description, String runbookUrl) {}

    private final Path root;

    private ObservabilityAssets(Path root) {
        this.root = root;
    }

    public static ObservabilityAssets ofRepository() {
        return new ObservabilityAssets(ServiceStack.findRoot());
    }

    public List<Alert> alerts() {
        JsonNode rule = read(new YAMLMapper(), COMPONENT + "/prometheusrule.yaml");
        List<Alert> alerts = new ArrayList<>();
        for (JsonNode group : rule.path("spec").path("groups")) {
            for (JsonNode r : group.path("rules")) {
                if (r.has("alert")) {
                    alerts.add(new Alert(r.path("alert").asText(), r.path("expr").asText(), r.path("labels").path("severity").asText(null),
                            r.path("annotations").path("summary").asText(null), r.path("annotations").path("description").asText(null),
                            r.path("annotations").path("runbook_url").asText(null)));
                }
            }
        }
        return alerts;
    }

    public JsonNode dashboard() {
        return read(new ObjectMapper(), COMPONENT + "/dashboards/bulwark-operations.json");
    }

    /** Every PromQL expression of the dashboard's panels, rows included. */
    public List<String> dashboardExpressions() {
        List<String> expressions = new ArrayList<>();
        for (JsonNode target : dashboard().findValues("targets")) {
            target.forEach(t -> expressions.add(t.path("expr").asText()));
        }
        return expressions;
    }

    /** The Bulwark metric families the alerts and the dashboard use, series suffixes removed where the catalogue knows the base. */
    public Set<String> referencedMetrics() {
        List<String> expressions = new ArrayList<>(dashboardExpressions());
        alerts().forEach(a -> expressions.add(a.expr()));
        Set<String> catalogue = catalogue();
        Set<String> names = new TreeSet<>();
        for (String expr : expressions) {
            Matcher m = BULWARK_METRIC.matcher(expr);
            while (m.find()) {
                names.add(family(m.group(), catalogue));
            }
        }
        return names;
    }

    /** The metric names listed in docs/metrics.md. */
    public Set<String> catalogue() {
        Set<String> names = new TreeSet<>();
        Matcher m = CATALOGUE_ROW.matcher(text("docs/metrics.md"));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    public String runbook() {
        return text("docs/runbook.md");
    }

    /** {@code bulwark_x_seconds_bucket} is family {@code bulwark_x_seconds} when the catalogue lists that. */
    static String family(String series, Set<String> catalogue) {
        String base = SERIES_SUFFIX.matcher(series).replaceFirst("");
        return !base.equals(series) && catalogue.contains(base) ? base : series;
    }

    /** The Prometheus series of a metric family: a timer shows as its _count, _sum and _bucket lines. */
    public static List<String> seriesOf(String family) {
        return family.endsWith("_seconds")
                ? List.of(family, family + "_count", family + "_sum", family + "_bucket")
                : List.of(family);
    }

    /** BulwarkOutboxLagHigh becomes bulwark-outbox-lag-high. */
    public static String kebab(String alertName) {
        return alertName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private JsonNode read(ObjectMapper mapper, String path) {
        try {
            return mapper.readTree(root.resolve(path).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String path) {
        try {
            return Files.readString(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }
}
