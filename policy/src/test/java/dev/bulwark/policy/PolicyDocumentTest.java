package dev.bulwark.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyDocumentTest {

    @Test
    void shouldHashTheExactBytesOfTheBundledPolicy() {
        PolicyDocument bundled = PolicyDocument.bundled();

        assertThat(bundled.version()).isEqualTo("2026-11-26.1");
        assertThat(bundled.sha256()).matches("[0-9a-f]{64}");
        assertThat(bundled.source()).startsWith("classpath:");
    }

    @Test
    void shouldGiveADifferentHashToAnyChangeOfTheDocument(@TempDir Path dir) throws Exception {
        byte[] bytes = PolicyDocument.class.getClassLoader().getResourceAsStream("policies/usage-policy.yaml").readAllBytes();
        Path changed = dir.resolve("policy.yaml");
        Files.write(changed, (new String(bytes, StandardCharsets.UTF_8) + "\n# a comment\n").getBytes(StandardCharsets.UTF_8));

        PolicyDocument read = PolicyDocument.read(changed);

        assertThat(read.version()).isEqualTo(PolicyDocument.bundled().version());
        assertThat(read.sha256()).isNotEqualTo(PolicyDocument.bundled().sha256());
    }

    @Test
    void shouldRefuseAnInvalidDocument() {
        assertThatThrownBy(() -> PolicyDocument.parse("version: 1\n".getBytes(StandardCharsets.UTF_8), "test"))
                .isInstanceOf(InvalidPolicyException.class);
    }
}
