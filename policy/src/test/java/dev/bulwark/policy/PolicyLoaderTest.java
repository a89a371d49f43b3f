package dev.bulwark.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PolicyLoaderTest {

    @Test
    void shouldLoadEveryPolicyInTheRepository() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "policies"))) {
            List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).toList();
            assertThat(yaml).isNotEmpty();
            yaml.forEach(f -> assertThat(PolicyLoader.load(f).version()).isNotBlank());
        }
    }

    @Test
    void shouldResolveThresholdsRoutingAndLaddersOfTheBundledPolicy() {
        UsagePolicy policy = PolicyLoader.loadBundled();

        Surface chat = policy.surface("chat").orElseThrow();
        assertThat(chat.failureMode()).isEqualTo(FailureMode.REVIEW);
        assertThat(chat.thresholdFor("spam").block()).isEqualTo(0.90);
        assertThat(chat.thresholdFor("harassment")).isEqualTo(chat.thresholds().get(Surface.DEFAULT));
        assertThat(policy.routing().queueFor("sexual/minors").id()).isEqualTo("child-safety");
        assertThat(policy.routing().queueFor("unlisted").id()).isEqualTo("general");
        assertThat(policy.enforcement().stepFor("harassment", 1).action()).isEqualTo(EnforcementType.WARN);
        LadderStep third = policy.enforcement().stepFor("harassment", 3);
        assertThat(third.action()).isEqualTo(EnforcementType.SUSPEND);
        assertThat(third.duration()).isEqualTo(Duration.ofDays(7));
        assertThat(policy.enforcement().stepFor("harassment", 40).action()).isEqualTo(EnforcementType.BAN);
        assertThat(policy.enforcement().stepFor("sexual/minors", 1).action()).isEqualTo(EnforcementType.BAN);
    }

    @Test
    void shouldRefuseADocumentWithEveryViolationNamed() {
        String yaml = """
                version: "bad-1"
                categories:
                  - { id: spam, severity: LOW }
                  - { id: spam, severity: LOW }
                surfaces:
                  - id: chat
                    failure-mode: REVIEW
                    thresholds:
                      default: { review: 0.9, block: 0.5, auto-enforce: false }
                      scam: { review: 0.1, block: 0.2, auto-enforce: false }
                routing:
                  default-queue: nowhere
                  queues: [ { id: general, sla-minutes: 60, categories: [] } ]
                enforcement:
                  strike-window-days: 30
                  default-ladder: [ { strikes: 1, action: SUSPEND } ]
                  ladders: {}
                """;

        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(InvalidPolicyException.class)
                .satisfies(e -> assertThat(((InvalidPolicyException) e).violations())
                        .extracting(PolicyViolation::path)
                        .containsExactlyInAnyOrder(
                                "$.categories[1].id",
                                "$.surfaces[0].thresholds.default.review",
                                "$.surfaces[0].thresholds.scam",
                                "$.routing.default-queue",
                                "$.enforcement.default-ladder[0].duration"));
    }

    @Test
    void shouldNameTheFieldOfAMalformedValue() {
        assertThatThrownBy(() -> parse("version: v\ncategories: [ { id: spam, severity: SEVERE } ]\n"))
                .isInstanceOf(InvalidPolicyException.class)
                .satisfies(e -> assertThat(((InvalidPolicyException) e).violations().get(0).path())
                        .isEqualTo("$.categories[0].severity"));
    }

    @Test
    void shouldRefuseADocumentThatIsOnlyNull() {
        assertThatThrownBy(() -> parse("~\n"))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("the document is empty");
    }

    @Test
    void shouldNameAnEmptyListEntryOrMapValue() {
        assertThatThrownBy(() -> parse("version: v\ncategories: [ { id: spam, severity: LOW }, ~ ]\n"))
                .isInstanceOf(InvalidPolicyException.class)
                .satisfies(e -> assertThat(((InvalidPolicyException) e).violations())
                        .extracting(PolicyViolation::path, PolicyViolation::message)
                        .containsExactly(tuple("$.categories[1]", "must not be empty")));
    }

    @Test
    void shouldRefuseAKeyGivenTwice() {
        assertThatThrownBy(() -> parse("version: v1\nversion: v2\n"))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("Duplicate field 'version'");
    }

    private static UsagePolicy parse(String yaml) {
        return PolicyLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }
}
