package dev.bulwark.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The objects one kustomization renders to, with the look-ups the checks need. */
record Manifests(String name, List<HasMetadata> objects) {

    /** Renders and parses a kustomization directory; {@code name} says which in failure messages. */
    static Manifests render(String name, Path dir) {
        return new Manifests(name, StrictModel.parse(Kustomize.render(dir)));
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String objectName) {
        return all(type).stream().filter(o -> o.getMetadata().getName().equals(objectName)).findFirst();
    }

    List<GenericKubernetesResource> customResources(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(r -> r.getKind().equals(kind)).toList();
    }

    List<Deployment> deployments() {
        return all(Deployment.class);
    }

    /** The single container of a Bulwark Deployment. */
    static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        if (containers.size() != 1) {
            throw new AssertionError("Deployment " + deployment.getMetadata().getName() + " has " + containers.size() + " containers, expected 1");
        }
        return containers.get(0);
    }

    /**
     * The plain environment a container starts with: ConfigMaps of {@code envFrom} in order, then
     * {@code env} values (variables from Secrets are left out: their values are not in the repository).
     */
    Map<String, String> environment(Container container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource from : container.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                find(ConfigMap.class, from.getConfigMapRef().getName()).ifPresent(map -> env.putAll(map.getData()));
            }
        }
        for (EnvVar var : container.getEnv()) {
            if (var.getValue() != null) {
                env.put(var.getName(), var.getValue());
            }
        }
        return env;
    }

    /** {@code Kind/name} of an object, as failure messages name it. */
    static String id(HasMetadata object) {
        return object.getKind() + "/" + object.getMetadata().getName();
    }

    @Override
    public String toString() {
        return name;
    }
}
