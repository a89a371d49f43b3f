package dev.bulwark.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The ConfigMaps and Secrets that rendered objects refer to by name, each with who refers to it. */
final class References {

    /** One reference: {@code from} (Kind/name) names {@code name}; an optional one may be missing. */
    record Reference(String from, String name, boolean optional) {
    }

    private References() {
    }

    /** A referred object's name and whether it may be missing, or null where the source names none of the kind. */
    private record Named(String name, Boolean optional) {
    }

    /** How pods name objects of one kind: through envFrom, through an env var's valueFrom, and as a volume. */
    private record PodReferences(Function<EnvFromSource, Named> envFrom, Function<EnvVarSource, Named> env,
            Function<Volume, Named> volume) {
    }

    private static final PodReferences CONFIG_MAPS = new PodReferences(
            source -> source.getConfigMapRef() == null ? null
                    : new Named(source.getConfigMapRef().getName(), source.getConfigMapRef().getOptional()),
            source -> source.getConfigMapKeyRef() == null ? null
                    : new Named(source.getConfigMapKeyRef().getName(), source.getConfigMapKeyRef().getOptional()),
            volume -> volume.getConfigMap() == null ? null
                    : new Named(volume.getConfigMap().getName(), volume.getConfigMap().getOptional()));

    private static final PodReferences SECRETS = new PodReferences(
            source -> source.getSecretRef() == null ? null
                    : new Named(source.getSecretRef().getName(), source.getSecretRef().getOptional()),
            source -> source.getSecretKeyRef() == null ? null
                    : new Named(source.getSecretKeyRef().getName(), source.getSecretKeyRef().getOptional()),
            volume -> volume.getSecret() == null ? null
                    : new Named(volume.getSecret().getSecretName(), volume.getSecret().getOptional()));

    static List<Reference> configMaps(Manifests manifests) {
        return fromPods(manifests, CONFIG_MAPS);
    }

    /** Secrets of pods (env, envFrom, volumes) and of the platform's custom resources. */
    static List<Reference> secrets(Manifests manifests) {
        List<Reference> refs = fromPods(manifests, SECRETS);
        for (GenericKubernetesResource resource : manifests.all(GenericKubernetesResource.class)) {
            collectSecretNames(Manifests.id(resource), resource.getAdditionalProperties(), refs);
        }
        return refs;
    }

    private static List<Reference> fromPods(Manifests manifests, PodReferences kind) {
        List<Reference> refs = new ArrayList<>();
        for (Deployment deployment : manifests.deployments()) {
            String from = Manifests.id(deployment);
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            List<Named> named = new ArrayList<>();
            for (Container container : pod.getContainers()) {
                container.getEnvFrom().forEach(source -> named.add(kind.envFrom().apply(source)));
                container.getEnv().stream().map(EnvVar::getValueFrom).filter(Objects::nonNull)
                        .forEach(source -> named.add(kind.env().apply(source)));
            }
            pod.getVolumes().forEach(volume -> named.add(kind.volume().apply(volume)));
            named.stream().filter(Objects::nonNull)
                    .forEach(n -> refs.add(new Reference(from, n.name(), Boolean.TRUE.equals(n.optional()))));
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
