package dev.bulwark.cases.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.policy.PolicyLoader;
import dev.bulwark.policy.Severity;
import dev.bulwark.policy.UsagePolicy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CaseRouteTest {

    private static final UsagePolicy POLICY = PolicyLoader.loadBundled();
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void shouldRouteACategoryToItsQueueWithThatQueuesSla() {
        CaseRoute route = CaseRoute.of(POLICY, "sexual/minors", "chat", "en", NOW);

        assertThat(route.queue()).isEqualTo("child-safety");
        assertThat(route.slaDueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(60)));
        assertThat(route.severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void shouldRouteAnUnroutedCategoryToTheDefaultQueue() {
        CaseRoute route = CaseRoute.of(POLICY, "no-such-category", "chat", "en", NOW);

        assertThat(route.queue()).isEqualTo("general");
        assertThat(route.slaDueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1440)));
    }

    @Test
    void shouldRouteACaseWithoutCategoryToTheDefaultQueueAtMediumSeverity() {
        CaseRoute route = CaseRoute.of(POLICY, null, null, null, NOW);

        assertThat(route.queue()).isEqualTo("general");
        assertThat(route.severity()).isEqualTo(Severity.MEDIUM);
    }
}
