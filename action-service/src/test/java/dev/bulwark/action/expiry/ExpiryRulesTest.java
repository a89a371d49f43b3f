package dev.bulwark.action.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.action.enforcement.ActionOrigin;
import dev.bulwark.action.enforcement.ActionStatus;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.enforcement.Provenance;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.policy.EnforcementType;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExpiryRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final Instant WEEK_AGO = NOW.minus(Duration.ofDays(7));

    private static EnforcementAction action(EnforcementType type, Instant expiresAt, Instant revertedAt,
            ActionStatus status, Instant expiredAt) {
        return new EnforcementAction(UUID.randomUUID(), Subject.of(SubjectKind.ACCOUNT, "user-alice"), type,
                "harassment", ActionOrigin.REVIEW, null, Provenance.NONE, "rita", null, WEEK_AGO, expiresAt,
                revertedAt, revertedAt == null ? null : "appeal upheld", status, null, null, expiredAt);
    }

    private static EnforcementAction suspensionEnding(Instant end) {
        return action(EnforcementType.SUSPEND, end, null, ActionStatus.IN_FORCE, null);
    }

    @Test
    void shouldBeDueAtItsEndAndAfter() {
        assertThat(ExpiryRules.due(suspensionEnding(NOW), NOW)).isTrue();
        assertThat(ExpiryRules.due(suspensionEnding(NOW.minus(Duration.ofDays(3))), NOW)).as("ended while down")
                .isTrue();
        assertThat(ExpiryRules.due(action(EnforcementType.RESTRICT, NOW, null, ActionStatus.IN_FORCE, null), NOW))
                .isTrue();
    }

    @Test
    void shouldNotBeDueBeforeItsEnd() {
        assertThat(ExpiryRules.due(suspensionEnding(NOW.plusNanos(1000)), NOW)).isFalse();
    }

    @Test
    void shouldNeverBeDueWithoutAnEnd() {
        assertThat(ExpiryRules.due(action(EnforcementType.BAN, null, null, ActionStatus.IN_FORCE, null), NOW)).isFalse();
        assertThat(ExpiryRules.due(action(EnforcementType.WARN, null, null, ActionStatus.IN_FORCE, null), NOW)).isFalse();
    }

    @Test
    void shouldBeDueOnlyOnce() {
        assertThat(ExpiryRules.due(action(EnforcementType.SUSPEND, NOW, null, ActionStatus.IN_FORCE, NOW), NOW))
                .isFalse();
    }

    @Test
    void shouldNotBeDueWhenItNeverTookEffectOrWasReverted() {
        assertThat(ExpiryRules.due(action(EnforcementType.SUSPEND, NOW, NOW.minusSeconds(60), ActionStatus.IN_FORCE,
                null), NOW)).as("reverted").isFalse();
        assertThat(ExpiryRules.due(action(EnforcementType.SUSPEND, NOW, null, ActionStatus.PENDING_APPROVAL, null),
                NOW)).as("pending").isFalse();
        assertThat(ExpiryRules.due(action(EnforcementType.SUSPEND, NOW, null, ActionStatus.REJECTED, null), NOW))
                .as("rejected").isFalse();
    }
}
