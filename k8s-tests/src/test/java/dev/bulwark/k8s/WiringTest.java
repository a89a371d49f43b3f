package dev.bulwark.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Services, configuration and downstream calls point at objects and ports that exist. */
class WiringTest {

    private static final Pattern GRPC_HOST = Pattern.compile("QUARKUS_GRPC_CLIENTS_([A-Z0-9_]+)_HOST");

    static Stream<Layout> overlays() {
        return Layouts.overlays().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceSelectsOneDeploymentAndTargetsItsPorts(Layout layout) {
        Manifests manifests = layout.render();
        for (Service service : manifests.all(Service.class)) {
            String id = manifests + ": Service/" + service.getMetadata().getName();
            List<Deployment> selected = selectedBy(manifests, service);
            assertThat(selected).as(id + " selects exactly one Deployment's pods").hasSize(1);
            Container container = Manifests.container(selected.get(0));
            assertThat(service.getSpec().getPorts()).extracting(ServicePort::getName).as(id + ": port names").contains("grpc", "http");
            for (ServicePort port : service.getSpec().getPorts()) {
                assertThat(containerPort(container, port.getTargetPort()))
                        .as(id + ": target port " + port.getTargetPort() + " of port " + port.getName()).isNotNull();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void grpcClientsCallAServiceOnItsGrpcPort(Layout layout) {
        Manifests manifests = layout.render();
        int clients = 0;
        for (Deployment deployment : manifests.deployments()) {
            Map<String, String> env = manifests.environment(Manifests.container(deployment));
            for (Map.Entry<String, String> var : env.entrySet()) {
                Matcher client = GRPC_HOST.matcher(var.getKey());
                if (!client.matches()) {
                    continue;
                }
                clients++;
                String id = manifests + ": Deployment/" + deployment.getMetadata().getName() + " " + var.getKey() + "=" + var.getValue();
                Service target = manifests.find(Service.class, var.getValue())
                        .orElseThrow(() -> new AssertionError(id + " names no Service"));
                ServicePort grpc = target.getSpec().getPorts().stream().filter(p -> p.getName().equals("grpc")).findFirst().orElseThrow();
                assertThat(env.get("QUARKUS_GRPC_CLIENTS_" + client.group(1) + "_PORT"))
                        .as(id + ": port is the Service's grpc port").isEqualTo(String.valueOf(grpc.getPort()));
                Deployment callee = selectedBy(manifests, target).get(0);
                assertThat(containerPort(Manifests.container(callee), grpc.getTargetPort()))
                        .as(id + ": the grpc port reaches where " + callee.getMetadata().getName() + " listens")
                        .isEqualTo(WorkloadTest.listeningPort(manifests, callee));
            }
        }
        assertThat(clients).as(manifests + ": gRPC clients configured").isGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyPodRunsAsItsOwnServiceAccountWithoutToken(Layout layout) {
        Manifests manifests = layout.render();
        for (Deployment deployment : manifests.deployments()) {
            String account = deployment.getSpec().getTemplate().getSpec().getServiceAccountName();
            ServiceAccount found = manifests.find(ServiceAccount.class, account == null ? "default" : account)
                    .orElseThrow(() -> new AssertionError(manifests + ": ServiceAccount " + account + " of " + Manifests.id(deployment)));
            assertThat(found.getAutomountServiceAccountToken()).as(manifests + ": " + Manifests.id(found) + " mounts no token").isFalse();
            assertThat(manifests.deployments().stream().filter(d -> account.equals(d.getSpec().getTemplate().getSpec().getServiceAccountName())))
                    .as(manifests + ": " + Manifests.id(found) + " is used by one Deployment").hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void referencedConfigMapsExist(Layout layout) {
        Manifests manifests = layout.render();
        for (References.Reference ref : References.configMaps(manifests)) {
            if (!ref.optional()) {
                assertThat(manifests.find(ConfigMap.class, ref.name()))
                        .as(manifests + ": ConfigMap " + ref.name() + " named by " + ref.from()).isPresent();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void referencedSecretsAreDocumentedAndNoneIsInTheManifests(Layout layout) {
        Manifests manifests = layout.render();
        assertThat(manifests.all(Secret.class)).as(manifests + ": Secrets with values in the repository").isEmpty();
        List<References.Reference> secrets = References.secrets(manifests);
        assertThat(secrets).as(manifests + ": Secret references").isNotEmpty();
        for (References.Reference ref : secrets) {
            assertThat(DocumentedSecrets.all()).as(manifests + ": Secret " + ref.name() + " named by " + ref.from()
                    + " is one " + DocumentedSecrets.DOC + " says to create").contains(ref.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void monitorsScrapePortsThatExist(Layout layout) {
        Manifests manifests = layout.render();
        assertThat(MonitoringTargets.problems(manifests)).as(manifests + ": ServiceMonitors and PodMonitors").isEmpty();
    }

    static List<Deployment> selectedBy(Manifests manifests, Service service) {
        return manifests.deployments().stream()
                .filter(d -> Selectors.matchesLabels(service.getSpec().getSelector(), d.getSpec().getTemplate().getMetadata().getLabels()))
                .toList();
    }

    /** The container port a Service's target port reaches (by name or number), or null. */
    static Integer containerPort(Container container, IntOrString target) {
        return container.getPorts().stream()
                .filter(p -> target.getStrVal() != null ? target.getStrVal().equals(p.getName()) : target.getIntVal().equals(p.getContainerPort()))
                .map(p -> p.getContainerPort())
                .findFirst().orElse(null);
    }
}
