package dev.bulwark.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kustomization under k8s/ renders, and every object it renders is valid against its schema. */
class RenderingTest {

    static Stream<Layout> everything() {
        return Layouts.everything().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everything")
    void everyObjectHasOnlyFieldsItsApiKnows(Layout layout) {
        Manifests manifests = layout.render();
        assertThat(manifests.objects()).as(manifests + " renders nothing").isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (HasMetadata object : manifests.objects()) {
            StrictModel.unknownFields(object).forEach(field -> problems.add(Manifests.id(object) + ": unknown field " + field));
            if (object instanceof GenericKubernetesResource custom) {
                CustomResourceChecks.problems(custom).forEach(problem -> problems.add(Manifests.id(object) + ": " + problem));
            }
        }
        assertThat(problems).as(manifests + ": objects that do not match their API").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everything")
    void noTwoObjectsShareKindAndName(Layout layout) {
        Manifests manifests = layout.render();
        Set<String> seen = new HashSet<>();
        List<String> duplicates = manifests.objects().stream().map(Manifests::id).filter(id -> !seen.add(id)).toList();
        assertThat(duplicates).as(manifests + ": objects rendered twice").isEmpty();
    }
}
