package dev.bulwark.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Bulwark pod: health probes, resources, hardening, graceful shutdown, spreading. */
class WorkloadTest {

    static Stream<Layout> baseAndOverlays() {
        return Layouts.baseAndOverlays();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("baseAndOverlays")
    void probesAskQuarkusHealthOnThePortTheServiceListensOn(Layout layout) {
        Manifests manifests = layout.render();
        for (Deployment deployment : manifests.deployments()) {
            String id = manifests + ": Deployment/" + deployment.getMetadata().getName();
            Container container = Manifests.container(deployment);
            int listening = listeningPort(manifests, deployment);
            Map<String, Probe> probes = Map.of(
                    "/q/health/started", container.getStartupProbe(),
                    "/q/health/ready", container.getReadinessProbe(),
                    "/q/health/live", container.getLivenessProbe());
            probes.forEach((path, probe) -> {
                assertThat(probe).as(id + ": probe for " + path).isNotNull();
                assertThat(probe.getHttpGet().getPath()).as(id + ": probe path").isEqualTo(path);
                String portName = probe.getHttpGet().getPort().getStrVal();
                assertThat(portName).as(id + ": probe " + path + " names its port").isNotNull();
                Optional<ContainerPort> port = container.getPorts().stream().filter(p -> portName.equals(p.getName())).findFirst();
                assertThat(port).as(id + ": container port " + portName + " of probe " + path).isPresent();
                assertThat(port.get().getContainerPort()).as(id + ": port " + portName + " is where the service listens")
                        .isEqualTo(listening);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("baseAndOverlays")
    void everyContainerRequestsAndLimitsCpuAndMemory(Layout layout) {
        Manifests manifests = layout.render();
        for (Deployment deployment : manifests.deployments()) {
            String id = manifests + ": Deployment/" + deployment.getMetadata().getName();
            Container container = Manifests.container(deployment);
            Map<String, Quantity> requests = container.getResources().getRequests();
            Map<String, Quantity> limits = container.getResources().getLimits();
            for (String resource : new String[] {"cpu", "memory"}) {
                assertThat(requests).as(id + ": requests").containsKey(resource);
                assertThat(limits).as(id + ": limits").containsKey(resource);
                assertThat(requests.get(resource).getNumericalAmount())
                        .as(id + ": " + resource + " request within the limit")
                        .isLessThanOrEqualTo(limits.get(resource).getNumericalAmount());
            }
            assertThat(manifests.environment(container).get("JAVA_OPTS_APPEND"))
                    .as(id + ": the heap follows the memory limit").contains("-XX:MaxRAMPercentage=");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("baseAndOverlays")
    void everyPodRunsHardened(Layout layout) {
        Manifests manifests = layout.render();
        for (Deployment deployment : manifests.deployments()) {
            String id = manifests + ": Deployment/" + deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Container container = Manifests.container(deployment);
            SecurityContext security = container.getSecurityContext();
            PodSecurityContext podSecurity = Optional.ofNullable(pod.getSecurityContext()).orElseGet(PodSecurityContext::new);
            assertThat(security).as(id + ": container securityContext").isNotNull();
            assertThat(Optional.ofNullable(security.getRunAsNonRoot()).orElse(podSecurity.getRunAsNonRoot())).as(id + ": runAsNonRoot").isTrue();
            assertThat(Optional.ofNullable(security.getRunAsUser()).orElse(podSecurity.getRunAsUser())).as(id + ": numeric non-root runAsUser").isPositive();
            assertThat(security.getReadOnlyRootFilesystem()).as(id + ": readOnlyRootFilesystem").isTrue();
            assertThat(security.getAllowPrivilegeEscalation()).as(id + ": allowPrivilegeEscalation").isFalse();
            assertThat(security.getCapabilities().getDrop()).as(id + ": capabilities dropped").contains("ALL");
            assertThat(security.getCapabilities().getAdd()).as(id + ": capabilities added").isEmpty();
            String seccomp = Optional.ofNullable(security.getSeccompProfile()).or(() -> Optional.ofNullable(podSecurity.getSeccompProfile()))
                    .map(profile -> profile.getType()).orElse(null);
            assertThat(seccomp).as(id + ": seccompProfile").isEqualTo("RuntimeDefault");
            assertThat(pod.getAutomountServiceAccountToken()).as(id + ": automountServiceAccountToken").isFalse();
            String tmpVolume = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp"))
                    .map(m -> m.getName()).findFirst().orElseThrow(() -> new AssertionError(id + ": no writable /tmp"));
            Volume tmp = pod.getVolumes().stream().filter(v -> v.getName().equals(tmpVolume)).findFirst().orElseThrow();
            assertThat(tmp.getEmptyDir()).as(id + ": /tmp is an emptyDir").isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("baseAndOverlays")
    void podsOutliveTheirShutdown(Layout layout) {
        Manifests manifests = layout.render();
        for (Deployment deployment : manifests.deployments()) {
            String id = manifests + ": Deployment/" + deployment.getMetadata().getName();
            Container container = Manifests.container(deployment);
            Duration shutdown = duration(manifests, container, "QUARKUS_SHUTDOWN_DELAY", id)
                    .plus(duration(manifests, container, "QUARKUS_SHUTDOWN_TIMEOUT", id));
            long preStop = container.getLifecycle().getPreStop().getSleep().getSeconds();
            long grace = deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
            assertThat(grace).as(id + ": terminationGracePeriodSeconds beyond preStop sleep " + preStop + " s + shutdown delay and timeout " + shutdown)
                    .isGreaterThan(preStop + shutdown.toSeconds());
            assertThat(preStop).as(id + ": preStop sleep").isPositive();
        }
    }

    private static Duration duration(Manifests manifests, Container container, String variable, String id) {
        String value = manifests.environment(container).get(variable);
        assertThat(value).as(id + ": " + variable).isNotNull();
        return Duration.parse("PT" + value.toUpperCase());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("baseAndOverlays")
    void podsSpreadOverZonesAndNodes(Layout layout) {
        Manifests manifests = layout.render();
        for (Deployment deployment : manifests.deployments()) {
            String id = manifests + ": Deployment/" + deployment.getMetadata().getName();
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            var constraints = deployment.getSpec().getTemplate().getSpec().getTopologySpreadConstraints();
            assertThat(constraints).extracting(TopologySpreadConstraint::getTopologyKey).as(id + ": spread keys")
                    .contains("topology.kubernetes.io/zone", "kubernetes.io/hostname");
            for (TopologySpreadConstraint constraint : constraints) {
                assertThat(Selectors.matches(constraint.getLabelSelector(), labels))
                        .as(id + ": spread over " + constraint.getTopologyKey() + " counts the Deployment's own pods").isTrue();
                assertThat(constraint.getMatchLabelKeys()).as(id + ": spread per service")
                        .contains("app.kubernetes.io/name");
            }
        }
    }

    /** QUARKUS_HTTP_PORT of the rendered environment, else the service's application.properties. */
    static int listeningPort(Manifests manifests, Deployment deployment) {
        String override = manifests.environment(Manifests.container(deployment)).get("QUARKUS_HTTP_PORT");
        return override != null ? Integer.parseInt(override) : ServiceSource.of(deployment.getMetadata().getName()).httpPort();
    }
}
