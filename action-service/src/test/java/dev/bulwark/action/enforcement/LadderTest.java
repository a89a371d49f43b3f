package dev.bulwark.action.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.policy.EnforcementType;
import dev.bulwark.policy.PolicyLoader;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LadderTest {

    private final Ladder ladder = new Ladder(PolicyLoader.loadBundled());

    @Test
    void shouldClimbTheDefaultLadderStrikeByStrike() {
        assertThat(ladder.sanctionFor(SubjectKind.ACCOUNT, "harassment", 1, null).type()).isEqualTo(EnforcementType.WARN);
        Sanction second = ladder.sanctionFor(SubjectKind.ACCOUNT, "harassment", 2, null);
        assertThat(second.type()).isEqualTo(EnforcementType.RESTRICT);
        assertThat(second.duration()).isEqualTo(Duration.ofDays(1));
        assertThat(second.features()).containsExactly("posting");
        Sanction third = ladder.sanctionFor(SubjectKind.ACCOUNT, "harassment", 3, null);
        assertThat(third.type()).isEqualTo(EnforcementType.SUSPEND);
        assertThat(third.duration()).isEqualTo(Duration.ofDays(7));
        assertThat(ladder.sanctionFor(SubjectKind.ACCOUNT, "harassment", 4, null).type()).isEqualTo(EnforcementType.BAN);
    }

    @Test
    void shouldStayOnTheTopRungPastTheLadder() {
        assertThat(ladder.sanctionFor(SubjectKind.ACCOUNT, "harassment", 9, null).type()).isEqualTo(EnforcementType.BAN);
    }

    @Test
    void shouldBanAtOnceForSexualContentInvolvingMinors() {
        Sanction sanction = ladder.sanctionFor(SubjectKind.ACCOUNT, "sexual/minors", 1, null);
        assertThat(sanction.type()).isEqualTo(EnforcementType.BAN);
        assertThat(sanction.duration()).isNull();
    }

    @Test
    void shouldHoldTheLowerRungBetweenSparseSpamRungs() {
        assertThat(ladder.sanctionFor(SubjectKind.ACCOUNT, "spam", 2, null).type()).isEqualTo(EnforcementType.WARN);
        assertThat(ladder.sanctionFor(SubjectKind.ACCOUNT, "spam", 4, null).type()).isEqualTo(EnforcementType.RESTRICT);
        assertThat(ladder.sanctionFor(SubjectKind.ACCOUNT, "spam", 4, null).features()).containsExactly("bulk-messaging");
    }

    @Test
    void shouldTakeTheReviewersTypeWithTheDurationOfTheCategoryRungOfThatType() {
        Sanction sanction = ladder.sanctionFor(SubjectKind.ACCOUNT, "spam", 1, EnforcementType.SUSPEND);
        assertThat(sanction.type()).isEqualTo(EnforcementType.SUSPEND);
        assertThat(sanction.duration()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void shouldFallBackToTheDefaultLadderRungWhenTheCategoryLadderHasNoneOfThatType() {
        Sanction sanction = ladder.sanctionFor(SubjectKind.ACCOUNT, "hate/threatening", 1, EnforcementType.RESTRICT);
        assertThat(sanction.type()).isEqualTo(EnforcementType.RESTRICT);
        assertThat(sanction.duration()).isEqualTo(Duration.ofDays(1));
        assertThat(sanction.features()).containsExactly("posting");
    }

    @Test
    void shouldLetAReviewerWarnWhereTheLadderWouldBan() {
        Sanction sanction = ladder.sanctionFor(SubjectKind.ACCOUNT, "harassment", 4, EnforcementType.WARN);
        assertThat(sanction.type()).isEqualTo(EnforcementType.WARN);
        assertThat(sanction.expiresAt(Instant.EPOCH)).isNull();
    }

    @Test
    void shouldRefuseZeroStrikes() {
        assertThatThrownBy(() -> ladder.sanctionFor(SubjectKind.ACCOUNT, "harassment", 0, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldCountStrikesForThePolicyWindow() {
        assertThat(ladder.strikeWindow()).isEqualTo(Duration.ofDays(90));
    }
}
