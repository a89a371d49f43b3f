package dev.bulwark.classifier.decision;

import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.policy.UsagePolicy;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The spine's rule-based scoring: signals are treated as independent pieces of evidence, so a
 * category's score is {@code 1 - Π(1 - wᵢ)} over the weights of its signals (a noisy-OR). One weak
 * signal stays weak, several agreeing signals add up, and no number of them exceeds 1. Signals of
 * categories the policy does not define are not scored.
 */
public final class CategoryScorer {

    /** Scores are rounded so that, for example, a single 0.85 signal meets a 0.85 threshold. */
    private static final double PRECISION = 1e6;

    /** One score per policy category, highest first (ties in policy order). */
    public List<CategoryScore> score(UsagePolicy policy, List<Signal> signals) {
        Map<String, Double> missProbability = new HashMap<>();
        for (Signal signal : signals) {
            missProbability.merge(signal.category(), 1 - signal.weight(), (a, b) -> a * b);
        }
        return policy.categories().stream()
                .map(c -> new CategoryScore(c.id(), round(1 - missProbability.getOrDefault(c.id(), 1.0)), c.severity()))
                .sorted(Comparator.comparingDouble(CategoryScore::score).reversed())
                .toList();
    }

    private static double round(double score) {
        return Math.round(score * PRECISION) / PRECISION;
    }
}
