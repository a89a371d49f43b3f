package dev.bulwark.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The ConfigMaps and Secrets that rendered objects refer to by name, each with who refers to it. */
final class References {

    /** One reference: {@code from} (Kind/name) names {@code name}; an optional one may be missing. */
    record Reference(String from, String name, boolean optional) {
    }

    private References() {
    }

    static List<Reference> configMaps(Manifests manifests) {
        List<Reference> refs = new ArrayList<>();
        for (Deployment deployment : manifests.deployments()) {
            String from = Manifests.id(deployment);
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            for (Container container : pod.getContainers()) {
                for (EnvFromSource source : container.getEnvFrom()) {
                    if (source.getConfigMapRef() != null) {
                        refs.add(new Reference(from, source.getConfigMapRef().getName(), Boolean.TRUE.equals(source.getConfigMapRef().getOptional())));
                    }
                }
                for (EnvVar var : container.getEnv()) {
                    if (var.getValueFrom() != null && var.getValueFrom().getConfigMapKeyRef() != null) {
                        refs.add(new Reference(from, var.getValueFrom().getConfigMapKeyRef().getName(),
                                Boolean.TRUE.equals(var.getValueFrom().getConfigMapKeyRef().getOptional())));
                    }
                }
            }
            for (Volume volume : pod.getVolumes()) {
                if (volume.getConfigMap() != null) {
                    refs.add(new Reference(from, volume.getConfigMap().getName(), Boolean.TRUE.equals(volume.getConfigMap().getOptional())));
                }
            }
        }
        return refs;
    }

    /** Secrets of pods (env, envFrom, volumes) and of the platform's custom resources. */
    static List<Reference> secrets(Manifests manifests) {
        List<Reference> refs = new ArrayList<>();
        for (Deployment deployment : manifests.deployments()) {
            String from = Manifests.id(deployment);
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            for (Container container : pod.getContainers()) {
                for (EnvFromSource source : container.getEnvFrom()) {
                    if (source.getSecretRef() != null) {
                        refs.add(new Reference(from, source.getSecretRef().getName(), Boolean.TRUE.equals(source.getSecretRef().getOptional())));
                    }
                }
                for (EnvVar var : container.getEnv()) {
                    if (var.getValueFrom() != null && var.getValueFrom().getSecretKeyRef() != null) {
                        refs.add(new Reference(from, var.getValueFrom().getSecretKeyRef().getName(),
                                Boolean.TRUE.equals(var.getValueFrom().getSecretKeyRef().getOptional())));
                    }
                }
            }
            for (Volume volume : pod.getVolumes()) {
                if (volume.getSecret() != null) {
                    refs.add(new Reference(from, volume.getSecret().getSecretName(), Boolean.TRUE.equals(volume.getSecret().getOptional())));
                }
            }
        }
        for (GenericKubernetesResource resource : manifests.all(GenericKubernetesResource.class)) {
            collectSecretNames(Manifests.id(resource), resource.getAdditionalProperties(), refs);
        }
        return refs;
    }

    /** Every {@code name} of a {@code secret}, {@code *Secret} or {@code secretKeyRef} object of a custom resource. */
    private static void collectSecretNames(String from, Object value, List<Reference> refs) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, entry) -> {
                if (key instanceof String field && (field.equals("secret") || field.endsWith("Secret") || field.equals("secretKeyRef"))
                        && entry instanceof Map<?, ?> ref && ref.get("name") instanceof String name) {
                    refs.add(new Reference(from, name, false));
                } else {
                    collectSecretNames(from, entry, refs);
                }
            });
        } else if (value instanceof List<?> list) {
            list.forEach(entry -> collectSecretNames(from, entry, refs));
        }
    }
}
