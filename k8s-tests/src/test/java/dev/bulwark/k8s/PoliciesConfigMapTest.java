package dev.bulwark.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every service reads every policy version of policies/ from the mounted, content-named ConfigMap. */
class PoliciesConfigMapTest {

    static Stream<Layout> baseAndOverlays() {
        return Layouts.baseAndOverlays();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("baseAndOverlays")
    void everyServiceMountsEveryPolicyFileWhereItReadsPolicies(Layout layout) throws IOException {
        Manifests manifests = layout.render();
        Map<String, String> policies = policyFiles();
        assertThat(policies).isNotEmpty();
        for (Deployment deployment : manifests.deployments()) {
            String id = manifests + ": Deployment/" + deployment.getMetadata().getName();
            Container container = Manifests.container(deployment);
            String directory = manifests.environment(container).get("BULWARK_POLICY_DIRECTORY");
            VolumeMount mount = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals(directory)).findFirst()
                    .orElseThrow(() -> new AssertionError(id + ": nothing mounted at BULWARK_POLICY_DIRECTORY " + directory));
            assertThat(mount.getReadOnly()).as(id + ": policies mounted read-only").isTrue();
            Volume volume = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                    .filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
            String configMapName = volume.getConfigMap().getName();
            assertThat(configMapName).as(id + ": policies ConfigMap named by content, so a change rolls the pods")
                    .matches("bulwark-policies-[a-z0-9]{10}");
            ConfigMap configMap = manifests.find(ConfigMap.class, configMapName).orElseThrow();
            assertThat(configMap.getData()).as(id + ": ConfigMap " + configMapName + " holds every file of policies/ (list new ones in policies/Kustomization)")
                    .isEqualTo(policies);
        }
    }

    /** The policy documents of policies/ (*.yaml, *.yml) by file name. */
    private static Map<String, String> policyFiles() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(Repository.path("policies"))) {
            for (Path file : entries.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return files;
    }
}
