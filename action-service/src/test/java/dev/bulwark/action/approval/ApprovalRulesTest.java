package dev.bulwark.action.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.action.approval.ApprovalRules.Verdict;
import dev.bulwark.action.enforcement.ActionOrigin;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.enforcement.Provenance;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.policy.EnforcementType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApprovalRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    /** The shipped defaults of bulwark.action.approval.*. */
    private static final ApprovalRules DEFAULTS = new ApprovalRules(List.of("ORGANIZATION:BAN", "ACCOUNT:BAN"),
            List.of("senior-reviewer", "policy-admin"));

    private static EnforcementAction action(SubjectKind kind, EnforcementType type) {
        return new EnforcementAction(UUID.randomUUID(), Subject.of(kind, "s-1"), type, "harassment",
                ActionOrigin.REVIEW, null, Provenance.NONE, "rita", null, NOW, null, null, null);
    }

    @Test
    void shouldHoldBackEveryBanByDefault() {
        assertThat(DEFAULTS.required(action(SubjectKind.ORGANIZATION, EnforcementType.BAN))).isTrue();
        assertThat(DEFAULTS.required(action(SubjectKind.ACCOUNT, EnforcementType.BAN))).isTrue();
    }

    @Test
    void shouldLetMilderActionsTakeEffectAtOnceByDefault() {
        for (EnforcementType type : List.of(EnforcementType.WARN, EnforcementType.RESTRICT, EnforcementType.SUSPEND)) {
            assertThat(DEFAULTS.required(action(SubjectKind.ACCOUNT, type))).as(type.name()).isFalse();
            assertThat(DEFAULTS.required(action(SubjectKind.ORGANIZATION, type))).as(type.name()).isFalse();
        }
    }

    @Test
    void shouldMatchOnlyTheConfiguredSubjectKindAndType() {
        ApprovalRules orgBansOnly = new ApprovalRules(List.of(" organization : ban "), List.of("senior-reviewer"));

        assertThat(orgBansOnly.required(action(SubjectKind.ORGANIZATION, EnforcementType.BAN))).isTrue();
        assertThat(orgBansOnly.required(action(SubjectKind.ACCOUNT, EnforcementType.BAN))).isFalse();
    }

    @Test
    void shouldHoldBackNothingWhenSwitchedOff() {
        assertThat(ApprovalRules.none().required(action(SubjectKind.ORGANIZATION, EnforcementType.BAN))).isFalse();
    }

    @Test
    void shouldRefuseAMalformedEntry() {
        assertThatThrownBy(() -> new ApprovalRules(List.of("BAN"), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApprovalRules(List.of("TEAM:BAN"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApprovalRules(List.of("ACCOUNT:DELETE"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldLetASeniorOtherThanTheRequesterDecide() {
        assertThat(DEFAULTS.judge("sam", Set.of("senior-reviewer"), "rita")).isEqualTo(Verdict.MAY_DECIDE);
        assertThat(DEFAULTS.judge("pat", Set.of("reviewer", "policy-admin"), "rita")).isEqualTo(Verdict.MAY_DECIDE);
    }

    @Test
    void shouldLetAnySeniorDecideOnAnAutomatedAction() {
        assertThat(DEFAULTS.judge("sam", Set.of("senior-reviewer"), null)).isEqualTo(Verdict.MAY_DECIDE);
    }

    @Test
    void shouldRefuseTheRequesterHoweverTheNameIsCased() {
        assertThat(DEFAULTS.judge("rita", Set.of("senior-reviewer"), "rita")).isEqualTo(Verdict.SAME_PERSON);
        assertThat(DEFAULTS.judge("Rita", Set.of("policy-admin"), "rita")).isEqualTo(Verdict.SAME_PERSON);
    }

    @Test
    void shouldRefuseSomeoneWithoutAnApproverRole() {
        assertThat(DEFAULTS.judge("rex", Set.of("reviewer", "qa", "auditor"), "rita"))
                .isEqualTo(Verdict.NOT_AN_APPROVER);
        assertThat(DEFAULTS.judge("rex", Set.of(), "rita")).isEqualTo(Verdict.NOT_AN_APPROVER);
    }
}
