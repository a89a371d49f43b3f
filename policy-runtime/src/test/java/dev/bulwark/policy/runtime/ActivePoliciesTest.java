package dev.bulwark.policy.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivePoliciesTest {

    @TempDir
    Path dir;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private String bundled;

    @BeforeEach
    void readBundledPolicy() throws IOException {
        bundled = Files.readString(Path.of("..", "policies", "usage-policy.yaml"));
    }

    private void write(String file, String version) throws IOException {
        Files.writeString(dir.resolve(file), bundled.replaceFirst("(?m)^version: .*$", "version: \"" + version + "\""));
    }

    private ActivePolicies start(Optional<String> activeVersion) {
        return new ActivePolicies(new PolicyRuntimeConfig() {
            public Optional<Path> directory() {
                return Optional.of(dir);
            }

            public Optional<String> activeVersion() {
                return activeVersion;
            }

            public Duration reloadInterval() {
                return Duration.ofSeconds(10);
            }
        }, registry);
    }

    private double activeGauge(String version) {
        return registry.get("bulwark.policy.active").tag("version", version).gauge().value();
    }

    @Test
    void shouldServeAChangedDocumentWithoutARestartAndRefuseABrokenOne() throws IOException {
        write("usage-policy.yaml", "2026-05-01.1");
        ActivePolicies policies = start(Optional.empty());
        assertThat(policies.active().version()).isEqualTo("2026-05-01.1");
        assertThat(policies.reload()).isFalse();

        write("usage-policy.yaml", "2026-05-02.1");
        assertThat(policies.reload()).isTrue();
        assertThat(policies.active().version()).isEqualTo("2026-05-02.1");
        assertThat(activeGauge("2026-05-02.1")).isEqualTo(1.0);

        Files.writeString(dir.resolve("usage-policy.yaml"), "version: \"2026-05-03.1\"\ncategories: nonsense\n");
        assertThat(policies.reload()).isTrue();
        assertThat(policies.active().version()).isEqualTo("2026-05-02.1");
        assertThat(policies.refusals()).singleElement().asString().contains("usage-policy.yaml");
        assertThat(registry.get("bulwark.policy.refused").gauge().value()).isEqualTo(1.0);
    }

    @Test
    void shouldKeepTheVersionInForceWhenACandidateArrivesAndSwitchOnlyWhenPutInForce() throws IOException {
        write("usage-policy.yaml", "2026-06-01.1");
        ActivePolicies policies = start(Optional.empty());

        write("candidate.yaml", "2026-06-09.1");
        policies.reload();
        assertThat(policies.active().version()).isEqualTo("2026-06-01.1");
        assertThat(policies.version("2026-06-09.1")).isPresent();
        assertThat(activeGauge("2026-06-09.1")).isZero();

        policies.putInForce("2026-06-09.1");
        assertThat(policies.active().version()).isEqualTo("2026-06-09.1");
        assertThat(activeGauge("2026-06-09.1")).isEqualTo(1.0);
        assertThat(activeGauge("2026-06-01.1")).isZero();
        assertThatThrownBy(() -> policies.putInForce("1999-01-01.1")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void shouldAnswerForADecisionUnderTheVersionItWasMadeUnder() throws IOException {
        write("a.yaml", "2026-07-01.1");
        write("b.yaml", "2026-07-02.1");
        ActivePolicies policies = start(Optional.of("2026-07-02.1"));

        assertThat(policies.forDecision("2026-07-01.1").version()).isEqualTo("2026-07-01.1");
        assertThat(policies.forDecision("unknown-version").version()).isEqualTo("2026-07-02.1");
        assertThat(policies.forDecision("").version()).isEqualTo("2026-07-02.1");
    }

    @Test
    void shouldRefuseToStartWithAnActiveVersionTheDirectoryLacks() throws IOException {
        write("usage-policy.yaml", "2026-08-01.1");

        assertThatThrownBy(() -> start(Optional.of("2026-08-09.1"))).isInstanceOf(IllegalStateException.class);
    }
}
