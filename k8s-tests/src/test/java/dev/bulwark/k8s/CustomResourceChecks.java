package dev.bulwark.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Structural checks of the custom resources Bulwark's manifests use, which fabric8 parses only
 * generically: the fields each operator requires, with the right shape. A kind without a check
 * here fails, so a new custom resource gets one.
 */
final class CustomResourceChecks {

    private static final Map<String, BiConsumer<Fields, List<String>>> CHECKS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", CustomResourceChecks::cnpgCluster,
            "postgresql.cnpg.io/v1/Database", CustomResourceChecks::cnpgDatabase,
            "k8s.keycloak.org/v2alpha1/Keycloak", CustomResourceChecks::keycloak,
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", CustomResourceChecks::realmImport,
            "monitoring.coreos.com/v1/PrometheusRule", CustomResourceChecks::prometheusRule,
            "monitoring.coreos.com/v1/ServiceMonitor", CustomResourceChecks::serviceMonitor,
            "monitoring.coreos.com/v1/PodMonitor", CustomResourceChecks::podMonitor);

    private CustomResourceChecks() {
    }

    /** What is wrong with a custom resource; empty when nothing is. */
    static List<String> problems(GenericKubernetesResource resource) {
        String type = resource.getApiVersion() + "/" + resource.getKind();
        BiConsumer<Fields, List<String>> check = CHECKS.get(type);
        if (check == null) {
            return List.of("no structural check for " + type + " (unknown to the Kubernetes model): add one to CustomResourceChecks");
        }
        List<String> problems = new ArrayList<>();
        check.accept(Fields.of(resource), problems);
        return problems;
    }

    private static void cnpgCluster(Fields cr, List<String> problems) {
        cr.positiveInt("spec.instances", problems);
        cr.string("spec.storage.size", problems);
        cr.string("spec.bootstrap.initdb.database", problems);
        cr.string("spec.bootstrap.initdb.owner", problems);
        cr.optionalList("spec.managed.roles").forEach(role -> {
            role.string("name", problems);
            role.string("passwordSecret.name", problems);
        });
    }

    private static void cnpgDatabase(Fields cr, List<String> problems) {
        cr.string("spec.name", problems);
        cr.string("spec.owner", problems);
        cr.string("spec.cluster.name", problems);
    }

    private static void keycloak(Fields cr, List<String> problems) {
        cr.positiveInt("spec.instances", problems);
        cr.string("spec.db.vendor", problems);
        cr.string("spec.db.host", problems);
        cr.string("spec.db.usernameSecret.name", problems);
        cr.string("spec.db.passwordSecret.name", problems);
        cr.string("spec.hostname.hostname", problems);
        if (!Boolean.TRUE.equals(cr.get("spec.http.httpEnabled")) && cr.get("spec.http.tlsSecret") == null) {
            problems.add("spec.http: neither httpEnabled nor tlsSecret");
        }
    }

    private static void realmImport(Fields cr, List<String> problems) {
        cr.string("spec.keycloakCRName", problems);
        cr.string("spec.realm.realm", problems);
        if (cr.get("spec.placeholders") instanceof Map<?, ?> placeholders) {
            placeholders.forEach((name, ref) -> {
                Fields placeholder = new Fields(ref);
                placeholder.string("secret.name", problems);
                placeholder.string("secret.key", problems);
            });
        }
    }

    private static void prometheusRule(Fields cr, List<String> problems) {
        cr.list("spec.groups", problems).forEach(group -> {
            group.string("name", problems);
            group.list("rules", problems).forEach(rule -> {
                rule.string("expr", problems);
                if (rule.get("alert") == null && rule.get("record") == null) {
                    problems.add("a rule of group " + group.get("name") + " has neither alert nor record");
                }
            });
        });
    }

    private static void serviceMonitor(Fields cr, List<String> problems) {
        cr.map("spec.selector", problems);
        cr.list("spec.endpoints", problems).forEach(endpoint -> {
            if (endpoint.get("port") == null && endpoint.get("targetPort") == null) {
                problems.add("spec.endpoints: an endpoint names neither port nor targetPort");
            }
        });
    }

    private static void podMonitor(Fields cr, List<String> problems) {
        cr.map("spec.selector", problems);
        cr.list("spec.podMetricsEndpoints", problems).forEach(endpoint -> {
            if (endpoint.get("port") == null && endpoint.get("portNumber") == null) {
                problems.add("spec.podMetricsEndpoints: an endpoint names neither port nor portNumber");
            }
        });
    }
}
