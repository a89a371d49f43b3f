package dev.bulwark.classifier.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.classifier.normalize.Span;
import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.policy.FailureMode;
import dev.bulwark.policy.PolicyLoader;
import dev.bulwark.policy.Severity;
import dev.bulwark.policy.Surface;
import dev.bulwark.policy.Threshold;
import dev.bulwark.policy.UsagePolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionRuleTest {

    private static final UsagePolicy POLICY = PolicyLoader.loadBundled();
    private static final Surface CHAT = POLICY.surface("chat").orElseThrow();
    private static final Surface PROFILE = POLICY.surface("profile").orElseThrow();
    private static final Surface API = POLICY.surface("api").orElseThrow();
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

    @Test
    void shouldSendAnySexualMinorsSignalToReviewEvenBelowTheReviewThreshold() {
        Decision decision = rule.decide(CHAT, List.of(score("sexual/minors", 0.05)), List.of(textSignal("sexual/minors", 0.05)));

        assertThat(decision.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(decision.reasons()).containsExactly(new Reason("sexual/minors", Verdict.REVIEW, 0.05, 0.0, false));
        assertThat(rule.decide(CHAT, List.of(score("sexual/minors", 0.3))).reasons())
                .containsExactly(new Reason("sexual/minors", Verdict.REVIEW, 0.3, 0.2, false));
    }

    @Test
    void shouldNeverAutoEnforceSexualMinorsOnALikelihood() {
        Decision decision = rule.decide(CHAT, List.of(score("sexual/minors", 0.97)), List.of(textSignal("sexual/minors", 0.97)));

        assertThat(decision.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(decision.reasons()).containsExactly(new Reason("sexual/minors", Verdict.BLOCK, 0.97, 0.5, false));
    }

    @Test
    void shouldBlockAndAutoEnforceSexualMinorsOnAHashBankMatch() {
        Decision exact = rule.decide(API, List.of(score("sexual/minors", 1.0)), List.of(hashMatch("sexual/minors", 1.0)));

        assertThat(exact.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(exact.reasons()).containsExactly(new Reason("sexual/minors", Verdict.BLOCK, 1.0, 0.5, true));
    }

    @Test
    void shouldBlockSexualMinorsOnAHashBankMatchWhateverItsWeight() {
        Surface strict = new Surface("strict", "", FailureMode.REVIEW, Map.of(
                Surface.DEFAULT, new Threshold(0.5, 0.9, true),
                "sexual/minors", new Threshold(0.9, 0.95, true)));

        Decision decision = rule.decide(strict, List.of(score("sexual/minors", 0.81)), List.of(hashMatch("sexual/minors", 0.81)));

        assertThat(decision.reasons()).containsExactly(new Reason("sexual/minors", Verdict.BLOCK, 0.81, 0.0, true));
    }

    @Test
    void shouldKeepAPolicysRefusalToAutoEnforceEvenForAHashBankMatch() {
        Surface manual = new Surface("manual", "", FailureMode.REVIEW, Map.of(
                Surface.DEFAULT, new Threshold(0.5, 0.9, false),
                "sexual/minors", new Threshold(0.2, 0.5, false)));

        Decision decision = rule.decide(manual, List.of(score("sexual/minors", 1.0)), List.of(hashMatch("sexual/minors", 1.0)));

        assertThat(decision.reasons()).containsExactly(new Reason("sexual/minors", Verdict.BLOCK, 1.0, 0.5, false));
    }

    @Test
    void shouldJudgeAHashBankMatchInAnotherCategoryByTheThresholds() {
        Decision decision = rule.decide(CHAT, List.of(score("violence/graphic", 0.8)), List.of(hashMatch("violence/graphic", 0.8)));

        assertThat(decision.reasons()).containsExactly(new Reason("violence/graphic", Verdict.REVIEW, 0.8, 0.5, false));
    }

    private static Signal textSignal(String category, double weight) {
        return new Signal("lexicon:" + category, category, weight, List.of(new Span(0, 4)));
    }

    private static Signal hashMatch(String category, double weight) {
        return new Signal("hashbank:known:pdq", category, weight, List.of());
    }
}
