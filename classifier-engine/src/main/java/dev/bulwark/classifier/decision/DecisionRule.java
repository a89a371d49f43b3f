package dev.bulwark.classifier.decision;

import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.policy.Surface;
import dev.bulwark.policy.Threshold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns category scores into a decision under one surface's thresholds: a score at or above the
 * block threshold blocks, at or above the review threshold goes to review; the verdict is the
 * strictest. Only a BLOCK can be auto-enforced, and only where the policy says so.
 *
 * <p>{@value #SEXUAL_MINORS} is stricter: a person sees every piece of content with any signal in it,
 * whatever the score, and no likelihood is ever enforced without a person. Only a match against a
 * curated hash bank, a known image, blocks it whatever the score and may be auto-enforced.
 */
public final class DecisionRule {

    public static final String SEXUAL_MINORS = "sexual/minors";

    /** Reported as the threshold when the sexual/minors rule, not a threshold, decided. */
    static final double NO_THRESHOLD = 0.0;

    private static final Comparator<Reason> STRICTEST_FIRST = Comparator.comparing(Reason::verdict)
            .thenComparingDouble(Reason::score)
            .reversed();

    /** Decides on scores alone, as for content whose signals include no hash-bank match. */
    public Decision decide(Surface surface, List<CategoryScore> scores) {
        return decide(surface, scores, List.of());
    }

    public Decision decide(Surface surface, List<CategoryScore> scores, List<Signal> signals) {
        Set<String> hashMatched = signals.stream()
                .filter(Signal::isHashBankMatch)
                .map(Signal::category)
                .collect(Collectors.toSet());
        List<Reason> reasons = new ArrayList<>();
        Verdict verdict = Verdict.ALLOW;
        for (CategoryScore score : scores) {
            Threshold threshold = surface.thresholdFor(score.category());
            if (threshold == null || score.score() <= 0) {
                continue;
            }
            Reason reason = SEXUAL_MINORS.equals(score.category())
                    ? sexualMinors(score, threshold, hashMatched.contains(score.category()))
                    : byThreshold(score, threshold);
            if (reason != null) {
                reasons.add(reason);
                verdict = verdict.stricter(reason.verdict());
            }
        }
        reasons.sort(STRICTEST_FIRST);
        return new Decision(verdict, reasons);
    }

    private static Reason byThreshold(CategoryScore score, Threshold threshold) {
        if (score.score() >= threshold.block()) {
            return new Reason(score.category(), Verdict.BLOCK, score.score(), threshold.block(), threshold.autoEnforce());
        }
        if (score.score() >= threshold.review()) {
            return new Reason(score.category(), Verdict.REVIEW, score.score(), threshold.review(), false);
        }
        return null;
    }

    private static Reason sexualMinors(CategoryScore score, Threshold threshold, boolean hashMatched) {
        boolean reachedBlock = score.score() >= threshold.block();
        if (hashMatched) {
            return new Reason(score.category(), Verdict.BLOCK, score.score(),
                    reachedBlock ? threshold.block() : NO_THRESHOLD, threshold.autoEnforce());
        }
        if (reachedBlock) {
            return new Reason(score.category(), Verdict.BLOCK, score.score(), threshold.block(), false);
        }
        return new Reason(score.category(), Verdict.REVIEW, score.score(),
                score.score() >= threshold.review() ? threshold.review() : NO_THRESHOLD, false);
    }
}
