package dev.bulwark.cases.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.casefile.InvalidInputException;
import dev.bulwark.policy.EnforcementType;
import dev.bulwark.policy.PolicyLoader;
import dev.bulwark.policy.UsagePolicy;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionTest {

    private static final UsagePolicy POLICY = PolicyLoader.loadBundled();

    @Test
    void shouldParseAViolatingDecisionWithAnAction() {
        Decision decision = Decision.parse("VIOLATING", "harassment", "SUSPEND", "repeat insults", POLICY);

        assertThat(decision).isEqualTo(new Decision(Outcome.VIOLATING, "harassment", EnforcementType.SUSPEND, "repeat insults"));
        assertThat(decision.isViolating()).isTrue();
    }

    @Test
    void shouldLeaveTheActionToTheLadderWhenNoneIsGiven() {
        assertThat(Decision.parse("VIOLATING", "spam", null, null, POLICY).action()).isNull();
    }

    @Test
    void shouldRequireAKnownCategoryForAViolatingDecision() {
        assertThat(violations("VIOLATING", null, null)).containsExactly("category");
        assertThat(violations("VIOLATING", "not-a-category", null)).containsExactly("category");
    }

    @Test
    void shouldRejectUnknownOutcomesAndActions() {
        assertThat(violations("MAYBE", "harassment", "JAIL")).containsExactlyInAnyOrder("outcome", "action");
        assertThat(violations(null, "harassment", null)).containsExactly("outcome");
    }

    @Test
    void shouldRejectAnActionOnANonViolatingDecision() {
        assertThat(violations("NOT_VIOLATING", null, "WARN")).containsExactly("action");
        assertThat(Decision.parse("NOT_VIOLATING", "harassment", null, null, POLICY).isViolating()).isFalse();
    }

    @Test
    void shouldRequireANoteAndNoActionToEscalateOrAskForInformation() {
        assertThat(violations("ESCALATE", null, null)).containsExactly("note");
        assertThat(violations("REQUEST_INFO", "spam", "WARN")).containsExactlyInAnyOrder("action", "note");
        Decision escalation = Decision.parse("ESCALATE", null, null, "possible coordinated campaign", POLICY);
        assertThat(escalation.outcome().closes()).isFalse();
        assertThat(Outcome.NOT_VIOLATING.closes()).isTrue();
    }

    @Test
    void shouldRoundTripThroughTheDecidedEventDetails() {
        DecisionRecord record = DecisionRecord.of(new Decision(Outcome.VIOLATING, "spam", EnforcementType.WARN, "bulk"),
                new Enforcement(List.of("a-1"), new Enforcement.Standing("WARNED", 1)), "ana",
                Instant.parse("2026-11-26T10:00:00Z"), "2026-11-26.1");

        assertThat(DecisionRecord.fromDetails(record.toDetails(), "ana", record.decidedAt())).isEqualTo(record);
        assertThat(record.toDetails()).containsEntry("policyVersion", "2026-11-26.1");
    }

    private static List<String> violations(String outcome, String category, String action) {
        try {
            Decision.parse(outcome, category, action, null, POLICY);
        } catch (InvalidInputException e) {
            return e.violations().stream().map(FieldViolation::field).toList();
        }
        return fail("expected violations for outcome %s, category %s, action %s", outcome, category, action);
    }
}
