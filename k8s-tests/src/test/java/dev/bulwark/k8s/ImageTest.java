package dev.bulwark.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The manifests run the images the Jib build produces, and production runs pinned ones. */
class ImageTest {

    static Stream<Layout> baseAndOverlays() {
        return Layouts.baseAndOverlays();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("baseAndOverlays")
    void everyServiceRunsTheImageItsJibConfigurationNames(Layout layout) {
        Manifests manifests = layout.render();
        assertThat(manifests.deployments()).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(Repository.SERVICES);
        for (Deployment deployment : manifests.deployments()) {
            String image = Manifests.container(deployment).getImage();
            String expected = ServiceSource.of(deployment.getMetadata().getName()).imageName();
            assertThat(Images.parse(image).repository())
                    .as(manifests + ": image of Deployment/" + deployment.getMetadata().getName())
                    .isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("baseAndOverlays")
    void javaOptionsOfThePodKeepThoseOfTheImage(Layout layout) {
        Manifests manifests = layout.render();
        for (Deployment deployment : manifests.deployments()) {
            // The image's run script takes JAVA_OPTS_APPEND from the pod, replacing the image's value.
            String options = manifests.environment(Manifests.container(deployment)).get("JAVA_OPTS_APPEND");
            assertThat(options).as(manifests + ": JAVA_OPTS_APPEND of " + Manifests.id(deployment)).isNotNull();
            assertThat(List.of(options.split(" "))).as(manifests + ": JAVA_OPTS_APPEND of " + Manifests.id(deployment))
                    .containsAll(ServiceSource.of(deployment.getMetadata().getName()).imageJvmOptions());
        }
    }

    @Test
    void productionImagesArePinnedToARelease() {
        for (Deployment deployment : Layouts.overlay("prod").render().deployments()) {
            Images image = Images.parse(Manifests.container(deployment).getImage());
            assertThat(image.pinned()).as("overlays/prod: Deployment/" + deployment.getMetadata().getName()
                    + " runs " + Manifests.container(deployment).getImage() + ", not a pinned release").isTrue();
            assertThat(image.registry()).as("overlays/prod: registry of Deployment/" + deployment.getMetadata().getName()).isNotNull();
        }
    }

    @Test
    void imageReferencesAreReadAsDockerReadsThem() {
        assertThat(Images.parse("localhost:5000/bulwark/intake-service:0.1.0-SNAPSHOT"))
                .isEqualTo(new Images("localhost:5000", "bulwark/intake-service", "0.1.0-SNAPSHOT", null));
        assertThat(Images.parse("bulwark/case-service")).isEqualTo(new Images(null, "bulwark/case-service", null, null));
        assertThat(Images.parse("registry.example.com/bulwark/case-service@sha256:abc").pinned()).isTrue();
        assertThat(Images.parse("registry.example.com/bulwark/case-service:0.1.0-SNAPSHOT").pinned()).isFalse();
        assertThat(Images.parse("bulwark/case-service:latest").pinned()).isFalse();
        assertThat(Images.parse("bulwark/case-service").pinned()).isFalse();
    }
}
