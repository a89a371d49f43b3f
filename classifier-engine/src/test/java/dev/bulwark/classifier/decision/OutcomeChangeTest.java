package dev.bulwark.classifier.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeChangeTest {

    private static Reason reason(String category, Verdict verdict) {
        return new Reason(category, verdict, 0.7, 0.5, false);
    }

    @Test
    void shouldFindNoChangeBetweenEqualDecisions() {
        Decision decision = new Decision(Verdict.REVIEW, List.of(reason("spam", Verdict.REVIEW)));

        assertThat(OutcomeChange.between(decision, decision)).isEmpty();
    }

    @Test
    void shouldNameEachCategoryWhoseOutcomeMoved() {
        Decision active = new Decision(Verdict.REVIEW, List.of(reason("spam", Verdict.REVIEW), reason("pii", Verdict.REVIEW)));
        Decision candidate = new Decision(Verdict.BLOCK, List.of(reason("spam", Verdict.BLOCK), reason("fraud", Verdict.REVIEW),
                reason("pii", Verdict.REVIEW)));

        assertThat(OutcomeChange.between(active, candidate)).containsExactly(
                new OutcomeChange("spam", Verdict.REVIEW, Verdict.BLOCK),
                new OutcomeChange("fraud", Verdict.ALLOW, Verdict.REVIEW));
    }

    @Test
    void shouldCountACategoryThatFellBelowEveryThresholdAsAllowed() {
        Decision active = new Decision(Verdict.BLOCK, List.of(reason("hate", Verdict.BLOCK)));
        Decision candidate = new Decision(Verdict.ALLOW, List.of());

        assertThat(OutcomeChange.between(active, candidate)).containsExactly(new OutcomeChange("hate", Verdict.BLOCK, Verdict.ALLOW));
    }
}
