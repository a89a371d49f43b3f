package dev.bulwark.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A kustomization under k8s/ to render: the base, an overlay, or a component. Tests take layouts as
 * parameters and render inside the test, so a missing kubectl skips (or fails) each test visibly.
 */
record Layout(String name, Path dir, boolean component) {

    Manifests render() {
        return Manifests.render(name, component ? wrapper() : dir);
    }

    /**
     * Components cannot be rendered by themselves: a kustomization in target/ that applies this one
     * to the base is rendered instead, as an overlay would (a component may patch or extend the base's
     * objects).
     */
    private Path wrapper() {
        try {
            Path wrapper = Files.createDirectories(Repository.path("k8s-tests/target/components").resolve(dir.getFileName()));
            Files.writeString(wrapper.resolve("kustomization.yaml"), """
                    apiVersion: kustomize.config.k8s.io/v1beta1
                    kind: Kustomization
                    resources:
                    - %s
                    components:
                    - %s
                    """.formatted(wrapper.toAbsolutePath().relativize(Repository.path("k8s/base")),
                    wrapper.toAbsolutePath().relativize(dir)));
            return wrapper;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
