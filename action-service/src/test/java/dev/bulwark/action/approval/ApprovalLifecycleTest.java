package dev.bulwark.action.approval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.action.enforcement.ActionOrigin;
import dev.bulwark.action.enforcement.ActionStatus;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.enforcement.Provenance;
import dev.bulwark.action.enforcement.Strike;
import dev.bulwark.action.standing.StandingProjection;
import dev.bulwark.action.standing.StandingState;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.policy.EnforcementType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a held-back action behaves before and after a second person decides. */
class ApprovalLifecycleTest {

    private static final Instant REQUESTED = Instant.parse("2026-11-26T12:00:00Z");
    private static final Instant APPROVED = REQUESTED.plus(Duration.ofHours(5));
    private static final Subject ORG = Subject.of(SubjectKind.ORGANIZATION, "org-acme");
    private static final StandingProjection PROJECTION = new StandingProjection(Duration.ofDays(90));

    private static EnforcementAction taken(EnforcementType type, Duration lasting) {
        return new EnforcementAction(UUID.randomUUID(), ORG, type, "harassment", ActionOrigin.REVIEW, null,
                Provenance.NONE, "rita", null, REQUESTED, lasting == null ? null : REQUESTED.plus(lasting), null, null);
    }

    @Test
    void shouldHaveNoEffectWhilePending() {
        EnforcementAction pending = taken(EnforcementType.BAN, null).awaitingApproval();

        assertThat(pending.status()).isEqualTo(ActionStatus.PENDING_APPROVAL);
        assertThat(pending.inForceAt(REQUESTED.plusSeconds(1))).isFalse();
        assertThat(PROJECTION.project(ORG, List.of(pending), List.of(), APPROVED).state())
                .isEqualTo(StandingState.GOOD);
    }

    @Test
    void shouldTakeEffectWhenApprovedAndKeepWhenItWasAskedFor() {
        EnforcementAction approved = taken(EnforcementType.BAN, null).awaitingApproval().approve("sam", APPROVED);

        assertThat(approved.status()).isEqualTo(ActionStatus.IN_FORCE);
        assertThat(approved.createdAt()).isEqualTo(REQUESTED);
        assertThat(approved.decidedAt()).isEqualTo(APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("sam");
        assertThat(approved.inForceSince()).isEqualTo(APPROVED);
        assertThat(PROJECTION.project(ORG, List.of(approved), List.of(), APPROVED).state())
                .isEqualTo(StandingState.BANNED);
    }

    @Test
    void shouldRunATimedActionForItsFullDurationFromApproval() {
        EnforcementAction approved = taken(EnforcementType.SUSPEND, Duration.ofDays(7)).awaitingApproval()
                .approve("sam", APPROVED);

        assertThat(approved.expiresAt()).isEqualTo(APPROVED.plus(Duration.ofDays(7)));
        assertThat(approved.inForceAt(REQUESTED.plus(Duration.ofDays(7)).plusSeconds(1))).isTrue();
    }

    @Test
    void shouldCountTheStrikeFromApproval() {
        EnforcementAction approved = taken(EnforcementType.BAN, null).awaitingApproval().approve("sam", APPROVED);

        Strike strike = Strike.of(UUID.randomUUID(), approved, Duration.ofDays(90), 1);

        assertThat(strike.createdAt()).isEqualTo(APPROVED);
        assertThat(strike.expiresAt()).isEqualTo(APPROVED.plus(Duration.ofDays(90)));
    }

    @Test
    void shouldNeverTakeEffectWhenRejected() {
        EnforcementAction rejected = taken(EnforcementType.BAN, null).awaitingApproval().reject("sam", APPROVED);

        assertThat(rejected.status()).isEqualTo(ActionStatus.REJECTED);
        assertThat(rejected.takenEffect()).isFalse();
        assertThat(PROJECTION.project(ORG, List.of(rejected), List.of(), APPROVED).state())
                .isEqualTo(StandingState.GOOD);
    }
}
