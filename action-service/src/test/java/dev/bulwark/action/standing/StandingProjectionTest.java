package dev.bulwark.action.standing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.action.enforcement.ActionOrigin;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.enforcement.Provenance;
import dev.bulwark.action.enforcement.Strike;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.policy.EnforcementType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StandingProjectionTest {

    private static final Duration WINDOW = Duration.ofDays(90);
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final Subject SUBJECT = Subject.of(SubjectKind.ACCOUNT, "u-1");

    private final StandingProjection projection = new StandingProjection(WINDOW);

    private static EnforcementAction action(EnforcementType type, Instant createdAt, Instant expiresAt,
            Instant revertedAt) {
        return new EnforcementAction(UUID.randomUUID(), SUBJECT, type, "harassment", ActionOrigin.AUTOMATED, null,
                Provenance.NONE, null, null, createdAt, expiresAt, revertedAt, revertedAt == null ? null : "appeal");
    }

    private static Strike strike(Instant createdAt, boolean reverted) {
        return new Strike(UUID.randomUUID(), UUID.randomUUID(), "harassment", 1, createdAt, createdAt.plus(WINDOW),
                reverted);
    }

    @Test
    void shouldBeGoodWithoutHistory() {
        Standing standing = projection.project(SUBJECT, List.of(), List.of(), NOW);
        assertThat(standing.state()).isEqualTo(StandingState.GOOD);
        assertThat(standing.activeStrikes()).isZero();
        assertThat(standing.totalStrikes()).isZero();
        assertThat(standing.suspendedUntil()).isNull();
    }

    @Test
    void shouldBeWarnedWithinTheWindowAndGoodAfterIt() {
        EnforcementAction recent = action(EnforcementType.WARN, NOW.minus(Duration.ofDays(1)), null, null);
        EnforcementAction old = action(EnforcementType.WARN, NOW.minus(Duration.ofDays(91)), null, null);
        assertThat(projection.project(SUBJECT, List.of(recent), List.of(), NOW).state()).isEqualTo(StandingState.WARNED);
        assertThat(projection.project(SUBJECT, List.of(old), List.of(), NOW).state()).isEqualTo(StandingState.GOOD);
    }

    @Test
    void shouldTakeTheStrictestActiveAction() {
        Instant until = NOW.plus(Duration.ofDays(3));
        List<EnforcementAction> actions = List.of(
                action(EnforcementType.WARN, NOW.minus(Duration.ofDays(5)), null, null),
                action(EnforcementType.RESTRICT, NOW.minus(Duration.ofDays(4)), NOW.plus(Duration.ofDays(1)), null),
                action(EnforcementType.SUSPEND, NOW.minus(Duration.ofDays(4)), until, null));
        Standing standing = projection.project(SUBJECT, actions, List.of(), NOW);
        assertThat(standing.state()).isEqualTo(StandingState.SUSPENDED);
        assertThat(standing.suspendedUntil()).isEqualTo(until);
    }

    @Test
    void shouldFallBackWhenASuspensionHasExpired() {
        List<EnforcementAction> actions = List.of(
                action(EnforcementType.WARN, NOW.minus(Duration.ofDays(10)), null, null),
                action(EnforcementType.SUSPEND, NOW.minus(Duration.ofDays(8)), NOW.minus(Duration.ofDays(1)), null));
        Standing standing = projection.project(SUBJECT, actions, List.of(), NOW);
        assertThat(standing.state()).isEqualTo(StandingState.WARNED);
        assertThat(standing.suspendedUntil()).isNull();
    }

    @Test
    void shouldBeBannedForeverUnlessTheBanIsReverted() {
        EnforcementAction ban = action(EnforcementType.BAN, NOW.minus(Duration.ofDays(400)), null, null);
        EnforcementAction revertedBan = action(EnforcementType.BAN, NOW.minus(Duration.ofDays(1)), null, NOW);
        assertThat(projection.project(SUBJECT, List.of(ban), List.of(), NOW).state()).isEqualTo(StandingState.BANNED);
        assertThat(projection.project(SUBJECT, List.of(revertedBan), List.of(), NOW).state())
                .isEqualTo(StandingState.GOOD);
    }

    @Test
    void shouldCountActiveAndTotalStrikesWithoutRevertedOnes() {
        List<Strike> strikes = List.of(
                strike(NOW.minus(Duration.ofDays(1)), false),
                strike(NOW.minus(Duration.ofDays(100)), false),
                strike(NOW.minus(Duration.ofDays(2)), true));
        Standing standing = projection.project(SUBJECT, List.of(), strikes, NOW);
        assertThat(standing.activeStrikes()).isEqualTo(1);
        assertThat(standing.totalStrikes()).isEqualTo(2);
    }

    @Test
    void shouldOrderNewestFirst() {
        EnforcementAction older = action(EnforcementType.WARN, NOW.minusSeconds(60), null, null);
        EnforcementAction newer = action(EnforcementType.RESTRICT, NOW, NOW.plusSeconds(60), null);
        assertThat(List.of(older, newer).stream().sorted(StandingProjection.newestFirst()).toList())
                .containsExactly(newer, older);
    }

    @Test
    void shouldSumTheWeightsOfTheActiveStrikesOnly() {
        List<Strike> strikes = List.of(
                new Strike(UUID.randomUUID(), UUID.randomUUID(), "fraud", 2, NOW.minus(Duration.ofDays(1)),
                        NOW.plus(Duration.ofDays(89)), false),
                new Strike(UUID.randomUUID(), UUID.randomUUID(), "sexual/minors", 3, NOW.minus(Duration.ofDays(1)),
                        NOW.plus(Duration.ofDays(89)), true),
                new Strike(UUID.randomUUID(), UUID.randomUUID(), "spam", 1, NOW.minus(Duration.ofDays(100)),
                        NOW.minus(Duration.ofDays(10)), false));

        Standing standing = projection.project(SUBJECT, List.of(), strikes, NOW);

        assertThat(standing.activePoints()).isEqualTo(2);
        assertThat(standing.activeStrikes()).isEqualTo(1);
        assertThat(standing.totalStrikes()).isEqualTo(2);
        assertThat(standing.organizationState()).isNull();
    }

    @Test
    void shouldTakeTheOrganisationsStateWhenItIsStricter() {
        Instant orgUntil = NOW.plus(Duration.ofDays(30));
        Standing member = new Standing(SUBJECT, StandingState.WARNED, 1, 1, 1, null, null);
        Standing organization = new Standing(Subject.of(SubjectKind.ORGANIZATION, "org-1"), StandingState.SUSPENDED,
                2, 2, 2, orgUntil, null);

        Standing seen = member.under(organization);

        assertThat(seen.subject()).isEqualTo(SUBJECT);
        assertThat(seen.state()).isEqualTo(StandingState.SUSPENDED);
        assertThat(seen.suspendedUntil()).isEqualTo(orgUntil);
        assertThat(seen.organizationState()).isEqualTo(StandingState.SUSPENDED);
        assertThat(seen.activeStrikes()).isEqualTo(1);
    }

    @Test
    void shouldKeepTheMembersOwnStateWhenItIsStricter() {
        Instant ownUntil = NOW.plus(Duration.ofDays(7));
        Standing member = new Standing(SUBJECT, StandingState.SUSPENDED, 3, 3, 3, ownUntil, null);
        Standing organization = new Standing(Subject.of(SubjectKind.ORGANIZATION, "org-1"), StandingState.RESTRICTED,
                1, 1, 1, null, null);

        Standing seen = member.under(organization);

        assertThat(seen.state()).isEqualTo(StandingState.SUSPENDED);
        assertThat(seen.suspendedUntil()).isEqualTo(ownUntil);
        assertThat(seen.organizationState()).isEqualTo(StandingState.RESTRICTED);
    }
}
