package dev.bulwark.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyDirectoryTest {

    @TempDir
    Path dir;

    private static String bundledText() throws IOException {
        return Files.readString(Path.of("..", "policies", "usage-policy.yaml"));
    }

    private static String withVersion(String text, String version) {
        return text.replaceFirst("(?m)^version: .*$", "version: \"" + version + "\"");
    }

    @Test
    void shouldValidateEveryDocumentOfTheRepositoryPoliciesDirectory() {
        PolicyCatalog catalog = new PolicyDirectory(Path.of("..", "policies")).load();

        assertThat(catalog.refused()).isEmpty();
        assertThat(catalog.documents()).isNotEmpty();
        assertThat(catalog.newest().version()).isEqualTo(PolicyLoader.loadBundled().version());
    }

    @Test
    void shouldHoldEveryVersionAndCallTheHighestIdNewest() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), withVersion(bundledText(), "2026-01-01.1"));
        Files.writeString(dir.resolve("b.yaml"), withVersion(bundledText(), "2026-02-01.1"));

        PolicyCatalog catalog = new PolicyDirectory(dir).load();

        assertThat(catalog.documents()).extracting(PolicyDocument::version).containsExactly("2026-01-01.1", "2026-02-01.1");
        assertThat(catalog.newest().version()).isEqualTo("2026-02-01.1");
        assertThat(catalog.version("2026-01-01.1")).get().extracting(PolicyDocument::source).isEqualTo(dir.resolve("a.yaml").toString());
    }

    @Test
    void shouldServeAChangedFileAndKeepTheRunningVersionWhenAFileBreaks() throws IOException {
        Path file = dir.resolve("usage-policy.yaml");
        Files.writeString(file, withVersion(bundledText(), "2026-03-01.1"));
        PolicyDirectory directory = new PolicyDirectory(dir);
        PolicyCatalog first = directory.load();

        Files.writeString(file, withVersion(bundledText(), "2026-03-02.1"));
        PolicyCatalog changed = directory.reload(first);
        assertThat(changed.newest().version()).isEqualTo("2026-03-02.1");
        assertThat(changed.sameAs(first)).isFalse();

        Files.writeString(file, withVersion(bundledText(), "2026-03-03.1").replace("review: 0.60", "review: 0.99"));
        PolicyCatalog broken = directory.reload(changed);
        assertThat(broken.newest().version()).isEqualTo("2026-03-02.1");
        assertThat(broken.refused()).singleElement().satisfies(v -> {
            assertThat(v.source()).isEqualTo(file.toString());
            assertThat(v.path()).isEqualTo("$.surfaces[0].thresholds.spam.review");
        });
    }

    @Test
    void shouldRefuseASecondFileClaimingAVersionWithOtherContent() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), withVersion(bundledText(), "2026-04-01.1"));
        Files.writeString(dir.resolve("b.yaml"), withVersion(bundledText(), "2026-04-01.1").replace("block: 0.85", "block: 0.86"));

        PolicyCatalog catalog = new PolicyDirectory(dir).load();

        assertThat(catalog.documents()).singleElement().extracting(PolicyDocument::source).isEqualTo(dir.resolve("a.yaml").toString());
        assertThat(catalog.refused()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("$.version");
            assertThat(v.message()).contains("duplicate version '2026-04-01.1'");
        });
    }

    @Test
    void shouldRefuseToStartFromADirectoryWithoutAValidPolicy() throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), "version: [");

        assertThatThrownBy(() -> new PolicyDirectory(dir).load()).isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("broken.yaml");
    }
}
