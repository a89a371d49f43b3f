package dev.bulwark.classifier.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bulwark.classifier.policy.PolicyChangeRefused.Code;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyLifecycleTest {

    private static final Set<String> KNOWN = Set.of("v1", "v2", "v3");
    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

    private static Code refusal(Runnable change) {
        return catchThrowableOfType(PolicyChangeRefused.class, change::run).code();
    }

    @Test
    void shouldShadowACandidateThenPromoteItAndRollBack() {
        PolicyLifecycle lifecycle = PolicyLifecycle.replay("v1", List.of());

        lifecycle.setCandidate("v2", KNOWN, "paula", "stricter spam", AT);
        assertThat(lifecycle.candidate()).contains("v2");
        assertThat(lifecycle.active()).isEqualTo("v1");

        PolicyEvent promoted = lifecycle.promote(KNOWN, "paula", "shadow looked right", AT);
        assertThat(promoted).isEqualTo(new PolicyEvent(PolicyEventKind.PROMOTED, "v2", "v1", "paula", "shadow looked right", AT));
        assertThat(lifecycle.active()).isEqualTo("v2");
        assertThat(lifecycle.candidate()).isEmpty();

        PolicyEvent rolledBack = lifecycle.rollback(Optional.empty(), KNOWN, "paula", "too many false positives", AT);
        assertThat(rolledBack.version()).isEqualTo("v1");
        assertThat(rolledBack.previousVersion()).isEqualTo("v2");
        assertThat(lifecycle.active()).isEqualTo("v1");
        assertThat(lifecycle.rollbackTarget()).isEmpty();
    }

    @Test
    void shouldRebuildTheSameStateFromTheRecordedEvents() {
        PolicyLifecycle live = PolicyLifecycle.replay("v1", List.of());
        List<PolicyEvent> recorded = new ArrayList<>();
        recorded.add(live.setCandidate("v2", KNOWN, "paula", "", AT));
        recorded.add(live.promote(KNOWN, "paula", "", AT));
        recorded.add(live.setCandidate("v3", KNOWN, "paula", "", AT));
        recorded.add(live.promote(KNOWN, "paula", "", AT));

        PolicyLifecycle replayed = PolicyLifecycle.replay("v1", recorded);

        assertThat(replayed.active()).isEqualTo("v3");
        assertThat(replayed.rollbackTarget()).contains("v2");
        assertThat(replayed.candidate()).isEmpty();
    }

    @Test
    void shouldRollBackToANamedEarlierVersionAndKeepTheOneLeftAsTheNextTarget() {
        PolicyLifecycle lifecycle = PolicyLifecycle.replay("v1", List.of());
        lifecycle.setCandidate("v2", KNOWN, "paula", "", AT);
        lifecycle.promote(KNOWN, "paula", "", AT);
        lifecycle.setCandidate("v3", KNOWN, "paula", "", AT);
        lifecycle.promote(KNOWN, "paula", "", AT);

        lifecycle.rollback(Optional.of("v1"), KNOWN, "paula", "", AT);

        assertThat(lifecycle.active()).isEqualTo("v1");
        assertThat(lifecycle.rollbackTarget()).contains("v3");
    }

    @Test
    void shouldRefuseChangesTheStateDoesNotAllow() {
        PolicyLifecycle lifecycle = PolicyLifecycle.replay("v1", List.of());

        assertThat(refusal(() -> lifecycle.setCandidate("v9", KNOWN, "paula", "", AT))).isEqualTo(Code.UNKNOWN_VERSION);
        assertThat(refusal(() -> lifecycle.setCandidate("v1", KNOWN, "paula", "", AT))).isEqualTo(Code.ALREADY_IN_FORCE);
        assertThat(refusal(() -> lifecycle.promote(KNOWN, "paula", "", AT))).isEqualTo(Code.NO_CANDIDATE);
        assertThat(refusal(() -> lifecycle.clearCandidate("paula", "", AT))).isEqualTo(Code.NO_CANDIDATE);
        assertThat(refusal(() -> lifecycle.rollback(Optional.empty(), KNOWN, "paula", "", AT))).isEqualTo(Code.NOTHING_TO_ROLL_BACK_TO);
        assertThat(refusal(() -> lifecycle.rollback(Optional.of("v1"), KNOWN, "paula", "", AT))).isEqualTo(Code.ALREADY_IN_FORCE);

        lifecycle.setCandidate("v2", KNOWN, "paula", "", AT);
        assertThat(refusal(() -> lifecycle.promote(Set.of("v1"), "paula", "", AT))).isEqualTo(Code.UNKNOWN_VERSION);
        assertThat(lifecycle.active()).isEqualTo("v1");
    }
}
