package dev.bulwark.action.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.action.enforcement.ActionOrigin;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.enforcement.Provenance;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.policy.EnforcementType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdentityRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final Subject ACCOUNT = Subject.of(SubjectKind.ACCOUNT, "user-alice");
    private static final Subject ORGANIZATION = Subject.of(SubjectKind.ORGANIZATION, "org-acme");

    private static EnforcementAction action(Subject subject, EnforcementType type, Instant createdAt,
            Instant expiresAt) {
        return new EnforcementAction(UUID.randomUUID(), subject, type, "harassment", ActionOrigin.REVIEW, null, Provenance.NONE,
                "reviewer", null, createdAt, expiresAt, null, null);
    }

    private static EnforcementAction suspension(Subject subject) {
        return action(subject, EnforcementType.SUSPEND, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(6)));
    }

    private static EnforcementAction ban(Subject subject) {
        return action(subject, EnforcementType.BAN, NOW.minus(Duration.ofHours(1)), null);
    }

    private static EnforcementAction reverted(EnforcementAction action) {
        return new EnforcementAction(action.id(), action.subject(), action.type(), action.category(), action.origin(),
                null, Provenance.NONE, action.actor(), null, action.createdAt(), action.expiresAt(), NOW, "appeal upheld");
    }

    @Test
    void shouldDisableASuspendedAccountAndLeaveItsEnablingToTheExpirySweep() {
        EnforcementAction suspension = suspension(ACCOUNT);

        assertThat(IdentityRules.onEnforced(suspension)).containsExactly(
                new PlannedEffect(IdentityEffectType.DISABLE, IdentityCause.ENFORCED, suspension.createdAt()));
    }

    @Test
    void shouldDisableAnApprovedBanFromItsApproval() {
        Instant approvedAt = NOW.plus(Duration.ofHours(2));
        EnforcementAction approved = ban(ACCOUNT).awaitingApproval().approve("senior-sam", approvedAt);

        assertThat(IdentityRules.onEnforced(approved)).containsExactly(
                new PlannedEffect(IdentityEffectType.DISABLE, IdentityCause.ENFORCED, approvedAt));
    }

    @Test
    void shouldEnableWhenTheOnlySuspensionRunsOut() {
        EnforcementAction ranOut = action(ACCOUNT, EnforcementType.SUSPEND, NOW.minus(Duration.ofDays(7)), NOW);

        assertThat(IdentityRules.onExpired(ranOut, List.of(ranOut), NOW)).contains(
                new PlannedEffect(IdentityEffectType.ENABLE, IdentityCause.EXPIRED, NOW));
    }

    @Test
    void shouldNotEnableWhenASuspensionRunsOutWhileAnotherLockoutStands() {
        EnforcementAction ranOut = action(ACCOUNT, EnforcementType.SUSPEND, NOW.minus(Duration.ofDays(7)), NOW);

        assertThat(IdentityRules.onExpired(ranOut, List.of(ranOut, ban(ACCOUNT)), NOW)).isEmpty();
        assertThat(IdentityRules.onExpired(ranOut, List.of(suspension(ACCOUNT)), NOW)).isEmpty();
    }

    @Test
    void shouldEnableWhenTheOtherLockoutOnlyWaitsForApproval() {
        EnforcementAction ranOut = action(ACCOUNT, EnforcementType.SUSPEND, NOW.minus(Duration.ofDays(7)), NOW);
        EnforcementAction pendingBan = ban(ACCOUNT).awaitingApproval();
        EnforcementAction rejectedBan = ban(ACCOUNT).awaitingApproval().reject("senior-sam", NOW);

        assertThat(IdentityRules.onExpired(ranOut, List.of(pendingBan, rejectedBan), NOW)).isPresent();
    }

    @Test
    void shouldLeaveTheUserAloneWhenARestrictionRunsOut() {
        EnforcementAction restriction = action(ACCOUNT, EnforcementType.RESTRICT, NOW.minus(Duration.ofDays(1)), NOW);

        assertThat(IdentityRules.onExpired(restriction, List.of(), NOW)).isEmpty();
    }

    @Test
    void shouldDisableABannedAccountForGood() {
        EnforcementAction ban = ban(ACCOUNT);

        assertThat(IdentityRules.onEnforced(ban)).containsExactly(
                new PlannedEffect(IdentityEffectType.DISABLE, IdentityCause.ENFORCED, ban.createdAt()));
    }

    @Test
    void shouldLeaveOrganisationsAlone() {
        assertThat(IdentityRules.onEnforced(ban(ORGANIZATION))).isEmpty();
        assertThat(IdentityRules.onEnforced(suspension(ORGANIZATION))).isEmpty();
        assertThat(IdentityRules.onReverted(reverted(ban(ORGANIZATION)), List.of(), NOW)).isEmpty();
    }

    @Test
    void shouldLeaveTheUserAloneForWarningsAndRestrictions() {
        EnforcementAction warning = action(ACCOUNT, EnforcementType.WARN, NOW, null);
        EnforcementAction restriction = action(ACCOUNT, EnforcementType.RESTRICT, NOW, NOW.plus(Duration.ofDays(1)));

        assertThat(IdentityRules.onEnforced(warning)).isEmpty();
        assertThat(IdentityRules.onEnforced(restriction)).isEmpty();
        assertThat(IdentityRules.onReverted(reverted(restriction), List.of(), NOW)).isEmpty();
    }

    @Test
    void shouldEnableWhenTheOnlySuspensionIsReverted() {
        EnforcementAction revertedSuspension = reverted(suspension(ACCOUNT));

        assertThat(IdentityRules.onReverted(revertedSuspension, List.of(), NOW)).contains(
                new PlannedEffect(IdentityEffectType.ENABLE, IdentityCause.REVERTED, NOW));
    }

    @Test
    void shouldNotEnableWhenASuspensionIsRevertedWhileABanStands() {
        EnforcementAction revertedSuspension = reverted(suspension(ACCOUNT));

        assertThat(IdentityRules.onReverted(revertedSuspension, List.of(ban(ACCOUNT)), NOW)).isEmpty();
    }

    @Test
    void shouldNotEnableWhileAnotherSuspensionIsInForce() {
        EnforcementAction revertedBan = reverted(ban(ACCOUNT));

        assertThat(IdentityRules.onReverted(revertedBan, List.of(suspension(ACCOUNT)), NOW)).isEmpty();
    }

    @Test
    void shouldEnableWhenTheOtherSuspensionHasRunOut() {
        EnforcementAction expired = action(ACCOUNT, EnforcementType.SUSPEND, NOW.minus(Duration.ofDays(8)),
                NOW.minus(Duration.ofDays(1)));

        assertThat(IdentityRules.onReverted(reverted(ban(ACCOUNT)), List.of(expired), NOW)).isPresent();
    }

    @Test
    void shouldIgnoreTheRevertedActionItselfAmongTheAccountsActions() {
        EnforcementAction ban = ban(ACCOUNT);

        // Read before the revert was flushed, the ban may still look in force: it must not block itself.
        assertThat(IdentityRules.onReverted(reverted(ban), List.of(ban), NOW)).isPresent();
    }

    @Test
    void shouldDisableOnlyWhileALockoutIsInForce() {
        assertThat(IdentityRules.stillWanted(IdentityEffectType.DISABLE, List.of(ban(ACCOUNT)), null, NOW)).isTrue();
        assertThat(IdentityRules.stillWanted(IdentityEffectType.DISABLE, List.of(), IdentityEffectType.DISABLE, NOW))
                .isFalse();
    }

    @Test
    void shouldEnableOnlyAUserThatWasDisabledAndIsNoLongerLockedOut() {
        assertThat(IdentityRules.stillWanted(IdentityEffectType.ENABLE, List.of(), IdentityEffectType.DISABLE, NOW))
                .isTrue();
        assertThat(IdentityRules.stillWanted(IdentityEffectType.ENABLE, List.of(), null, NOW)).isFalse();
        assertThat(IdentityRules.stillWanted(IdentityEffectType.ENABLE, List.of(), IdentityEffectType.ENABLE, NOW))
                .isFalse();
        assertThat(IdentityRules.stillWanted(IdentityEffectType.ENABLE, List.of(ban(ACCOUNT)),
                IdentityEffectType.DISABLE, NOW)).isFalse();
    }
}
