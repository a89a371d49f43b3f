package dev.bulwark.classifier.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.policy.PolicyLoader;
import dev.bulwark.policy.Severity;
import dev.bulwark.policy.Surface;
import dev.bulwark.policy.UsagePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionRuleTest {

    private static final UsagePolicy POLICY = PolicyLoader.loadBundled();
    private static final Surface CHAT = POLICY.surface("chat").orElseThrow();
    private static final Surface PROFILE = POLICY.surface("profile").orElseThrow();
    private final DecisionRule rule = new DecisionRule();

    private static CategoryScore score(String category, double score) {
        return new CategoryScore(category, score, Severity.MEDIUM);
    }

    @Test
    void shouldAllowWhenNoScoreReachesReview() {
        Decision decision = rule.decide(CHAT, List.of(score("harassment", 0.49), score("spam", 0.59), score("hate", 0)));

        assertThat(decision.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(decision.reasons()).isEmpty();
    }

    @Test
    void shouldReviewAtReviewThresholdWithoutAutoEnforcement() {
        Decision decision = rule.decide(CHAT, List.of(score("harassment", 0.5)));

        assertThat(decision.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(decision.reasons()).containsExactly(new Reason("harassment", Verdict.REVIEW, 0.5, 0.5, false));
    }

    @Test
    void shouldBlockAtBlockThresholdAndAutoEnforceWhereThePolicySays() {
        Decision decision = rule.decide(CHAT, List.of(score("violence", 0.85), score("harassment", 0.6)));

        assertThat(decision.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(decision.reasons()).containsExactly(
                new Reason("violence", Verdict.BLOCK, 0.85, 0.85, true),
                new Reason("harassment", Verdict.REVIEW, 0.6, 0.5, false));
    }

    @Test
    void shouldUseCategoryThresholdsOverTheDefault() {
        assertThat(rule.decide(CHAT, List.of(score("spam", 0.88))).verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(rule.decide(CHAT, List.of(score("pii", 0.9))).reasons())
                .containsExactly(new Reason("pii", Verdict.REVIEW, 0.9, 0.5, false));
        assertThat(rule.decide(CHAT, List.of(score("pii", 0.96))).reasons())
                .containsExactly(new Reason("pii", Verdict.BLOCK, 0.96, 0.95, false));
        assertThat(rule.decide(CHAT, List.of(score("self-harm/intent", 0.99))).verdict()).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void shouldFollowTheSurfaceThresholds() {
        Decision decision = rule.decide(PROFILE, List.of(score("harassment", 0.8)));

        assertThat(decision.reasons()).containsExactly(new Reason("harassment", Verdict.BLOCK, 0.8, 0.8, false));
    }

    @Test
    void shouldOrderReasonsStrictestThenHighestScoreFirst() {
        Decision decision = rule.decide(CHAT, List.of(score("hate", 0.55), score("harassment", 0.7), score("violence", 0.9)));

        assertThat(decision.reasons()).extracting(Reason::category).containsExactly("violence", "harassment", "hate");
    }
}
