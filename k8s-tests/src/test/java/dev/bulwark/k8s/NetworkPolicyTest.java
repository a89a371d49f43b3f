package dev.bulwark.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In every overlay everything is denied but the connections Bulwark needs: the calls its services'
 * gRPC clients are configured for, the outside callers of intake and case-service, PostgreSQL,
 * Keycloak, DNS, Prometheus, and action-service's webhooks.
 */
class NetworkPolicyTest {

    private static final Peer INGRESS_CONTROLLER = Peer.pod("ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"));
    private static final Peer PROMETHEUS = Peer.pod("monitoring", Map.of("app.kubernetes.io/name", "prometheus"));
    private static final Peer DNS = Peer.pod("kube-system", Map.of("k8s-app", "kube-dns"));
    private static final Peer POSTGRES = Peer.local(Map.of("cnpg.io/cluster", "bulwark-postgres"), Map.of());
    private static final Peer KEYCLOAK = Peer.local(Map.of("app", "keycloak", "app.kubernetes.io/managed-by", "keycloak-operator"), Map.of());
    /** The services product teams and reviewers call from outside the namespace. */
    private static final Set<String> PUBLIC = Set.of("intake-service", "case-service");

    static Stream<Layout> overlays() {
        return Layouts.overlays().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everythingIsDeniedByDefaultAndEveryPodHasItsOwnPolicy(Layout layout) {
        Manifests manifests = layout.render();
        List<NetworkPolicy> policies = manifests.all(NetworkPolicy.class);
        assertThat(policies).as(manifests + " includes the network policies").isNotEmpty();
        assertThat(policies).as(manifests + ": a default deny of ingress and egress").anyMatch(p ->
                p.getSpec().getPodSelector().getMatchLabels().isEmpty() && p.getSpec().getPodSelector().getMatchExpressions().isEmpty()
                        && p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                        && p.getSpec().getIngress().isEmpty() && p.getSpec().getEgress().isEmpty());
        NetworkPolicies rules = new NetworkPolicies(policies);
        for (Deployment deployment : manifests.deployments()) {
            assertThat(rules.selecting(Peer.of(deployment))).as(manifests + ": NetworkPolicies selecting the pods of " + Manifests.id(deployment)
                    + " besides the namespace-wide ones").anyMatch(p -> !p.getSpec().getPodSelector().getMatchLabels().isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void servicesReachExactlyTheServicesTheyAreConfiguredToCall(Layout layout) {
        Manifests manifests = layout.render();
        NetworkPolicies rules = new NetworkPolicies(manifests.all(NetworkPolicy.class));
        Set<List<String>> calls = configuredCalls(manifests);
        assertThat(calls).as(manifests + ": configured calls").isNotEmpty();
        for (Deployment caller : manifests.deployments()) {
            for (Deployment callee : manifests.deployments()) {
                if (caller == callee) {
                    continue;
                }
                boolean expected = calls.contains(List.of(caller.getMetadata().getName(), callee.getMetadata().getName()));
                int port = WorkloadTest.listeningPort(manifests, callee);
                String call = manifests + ": " + caller.getMetadata().getName() + " -> " + callee.getMetadata().getName() + ":" + port;
                assertThat(rules.allows(Peer.of(caller), Peer.of(callee), port)).as(call).isEqualTo(expected);
                // Each side denies on its own what is not configured, so one loose policy opens nothing.
                assertThat(rules.egressAllowed(Peer.of(caller), Peer.of(callee), port)).as(call + ", caller's egress").isEqualTo(expected);
                assertThat(rules.ingressAllowed(Peer.of(caller), Peer.of(callee), port)).as(call + ", callee's ingress").isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void onlyIntakeAndCaseServiceAreReachableFromOutsideAndPrometheusScrapesAll(Layout layout) {
        Manifests manifests = layout.render();
        NetworkPolicies rules = new NetworkPolicies(manifests.all(NetworkPolicy.class));
        for (Deployment deployment : manifests.deployments()) {
            String name = deployment.getMetadata().getName();
            int port = WorkloadTest.listeningPort(manifests, deployment);
            Peer pod = Peer.of(deployment);
            assertThat(rules.allows(INGRESS_CONTROLLER, pod, port)).as(manifests + ": ingress controller -> " + name).isEqualTo(PUBLIC.contains(name));
            assertThat(rules.allows(Peer.pod("elsewhere", Map.of()), pod, port)).as(manifests + ": another namespace -> " + name).isFalse();
            assertThat(rules.allows(PROMETHEUS, pod, port)).as(manifests + ": Prometheus scrapes " + name).isTrue();
            assertThat(rules.allows(PROMETHEUS, pod, port + 1)).as(manifests + ": Prometheus only on the http port of " + name).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceReachesDnsItsDatabaseAndKeycloakAndOnlyActionServiceTheInternet(Layout layout) {
        Manifests manifests = layout.render();
        NetworkPolicies rules = new NetworkPolicies(manifests.all(NetworkPolicy.class));
        for (Deployment deployment : manifests.deployments()) {
            String name = deployment.getMetadata().getName();
            Peer pod = Peer.of(deployment);
            assertThat(rules.allows(pod, DNS, 53)).as(manifests + ": " + name + " -> DNS").isTrue();
            assertThat(rules.allows(pod, POSTGRES, 5432)).as(manifests + ": " + name + " -> PostgreSQL").isTrue();
            assertThat(rules.allows(pod, KEYCLOAK, 8080)).as(manifests + ": " + name + " -> Keycloak").isTrue();
            assertThat(rules.allows(pod, KEYCLOAK, 9000)).as(manifests + ": " + name + " -> Keycloak's management port").isFalse();
            assertThat(rules.allows(pod, Peer.internet(), 443)).as(manifests + ": " + name + " -> webhooks on the internet")
                    .isEqualTo(name.equals("action-service"));
            assertThat(rules.allows(pod, Peer.internet(), 80)).as(manifests + ": " + name + " -> plain HTTP on the internet").isFalse();
        }
        assertThat(rules.allows(KEYCLOAK, POSTGRES, 5432)).as(manifests + ": Keycloak -> PostgreSQL").isTrue();
        assertThat(rules.allows(POSTGRES, KEYCLOAK, 8080)).as(manifests + ": PostgreSQL -> Keycloak").isFalse();
    }

    /** Caller and callee Deployment names of every gRPC client the rendered environment configures. */
    private static Set<List<String>> configuredCalls(Manifests manifests) {
        Set<List<String>> calls = new HashSet<>();
        for (Deployment caller : manifests.deployments()) {
            manifests.environment(Manifests.container(caller)).forEach((key, value) -> {
                if (key.startsWith("QUARKUS_GRPC_CLIENTS_") && key.endsWith("_HOST")) {
                    Service service = manifests.find(Service.class, value).orElseThrow(() -> new AssertionError(key + " names no Service"));
                    WiringTest.selectedBy(manifests, service).forEach(callee ->
                            calls.add(List.of(caller.getMetadata().getName(), callee.getMetadata().getName())));
                }
            });
        }
        return calls;
    }
}
