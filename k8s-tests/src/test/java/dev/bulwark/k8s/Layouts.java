package dev.bulwark.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The kustomizations under k8s/ that the tests render: the base, every overlay and every component. */
final class Layouts {

    private Layouts() {
    }

    static Layout base() {
        return new Layout("base", Repository.path("k8s/base"), false);
    }

    static Layout overlay(String name) {
        return new Layout("overlays/" + name, Repository.path("k8s/overlays/" + name), false);
    }

    /** Every overlay under k8s/overlays. */
    static List<Layout> overlays() {
        return Repository.directories("k8s/overlays").stream().map(dir -> overlay(dir.getFileName().toString())).toList();
    }

    static Stream<Layout> baseAndOverlays() {
        return Stream.concat(Stream.of(base()), overlays().stream());
    }

    /** Everything that renders: the base, the overlays, and each component on its own. */
    static List<Layout> everything() {
        List<Layout> all = new ArrayList<>(baseAndOverlays().toList());
        Repository.directories("k8s/components").forEach(dir -> all.add(new Layout("components/" + dir.getFileName(), dir, true)));
        return all;
    }
}
