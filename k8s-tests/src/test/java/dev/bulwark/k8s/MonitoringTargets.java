package dev.bulwark.k8s;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What Prometheus operator scrape configurations of a rendering would miss: a ServiceMonitor must
 * select Services of the rendering and name a port they have, a PodMonitor must select Deployments'
 * pods and name a container port they have.
 */
final class MonitoringTargets {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private MonitoringTargets() {
    }

    static List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (GenericKubernetesResource monitor : manifests.customResources("ServiceMonitor")) {
            Fields fields = Fields.of(monitor);
            LabelSelector selector = selector(fields);
            List<Service> services = manifests.all(Service.class).stream()
                    .filter(s -> Selectors.matches(selector, labels(s.getMetadata().getLabels()))).toList();
            if (services.isEmpty()) {
                problems.add(Manifests.id(monitor) + " selects no Service");
            }
            for (Fields endpoint : fields.optionalList("spec.endpoints")) {
                Object port = endpoint.get("port");
                services.stream().filter(s -> port != null && s.getSpec().getPorts().stream().map(ServicePort::getName).noneMatch(port::equals))
                        .forEach(s -> problems.add(Manifests.id(monitor) + ": Service/" + s.getMetadata().getName() + " has no port " + port));
            }
        }
        for (GenericKubernetesResource monitor : manifests.customResources("PodMonitor")) {
            Fields fields = Fields.of(monitor);
            LabelSelector selector = selector(fields);
            List<Deployment> deployments = manifests.deployments().stream()
                    .filter(d -> Selectors.matches(selector, d.getSpec().getTemplate().getMetadata().getLabels())).toList();
            if (deployments.isEmpty()) {
                problems.add(Manifests.id(monitor) + " selects no Deployment's pods");
            }
            for (Fields endpoint : fields.optionalList("spec.podMetricsEndpoints")) {
                Object port = endpoint.get("port");
                deployments.stream().filter(d -> port != null && Manifests.container(d).getPorts().stream().map(ContainerPort::getName).noneMatch(port::equals))
                        .forEach(d -> problems.add(Manifests.id(monitor) + ": Deployment/" + d.getMetadata().getName() + " has no container port " + port));
            }
        }
        return problems;
    }

    private static LabelSelector selector(Fields monitor) {
        return SERIALIZATION.convertValue(Objects.requireNonNullElse(monitor.get("spec.selector"), Map.of()), LabelSelector.class);
    }

    private static Map<String, String> labels(Map<String, String> labels) {
        return labels == null ? Map.of() : labels;
    }
}
