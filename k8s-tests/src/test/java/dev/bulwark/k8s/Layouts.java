package dev.bulwark.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The kustomizations under k8s/ that the tests render: the base, every overlay and every component. */
final class Layouts {

    private Layouts() {
    }

    /** Every overlay under k8s/overlays, rendered. */
    static List<Manifests> overlays() {
        return Repository.directories("k8s/overlays").stream()
                .map(dir -> Manifests.render("overlays/" + dir.getFileName(), dir))
                .toList();
    }

    static Manifests overlay(String name) {
        return Manifests.render("overlays/" + name, Repository.path("k8s/overlays/" + name));
    }

    static Manifests base() {
        return Manifests.render("base", Repository.path("k8s/base"));
    }

    /** Everything that renders: the base, the overlays, and each component on its own. */
    static List<Manifests> everything() {
        List<Manifests> all = new ArrayList<>();
        all.add(base());
        all.addAll(overlays());
        Repository.directories("k8s/components").forEach(dir -> all.add(component(dir)));
        return all;
    }

    /**
     * A component alone: components cannot be rendered by themselves, so a kustomization in
     * target/ that includes only it is rendered instead.
     */
    static Manifests component(Path dir) {
        try {
            Path wrapper = Files.createDirectories(Path.of("target", "components", dir.getFileName().toString()));
            Files.writeString(wrapper.resolve("kustomization.yaml"), """
                    apiVersion: kustomize.config.k8s.io/v1beta1
                    kind: Kustomization
                    components:
                    - %s
                    """.formatted(wrapper.toAbsolutePath().relativize(dir)));
            return Manifests.render("components/" + dir.getFileName(), wrapper);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
