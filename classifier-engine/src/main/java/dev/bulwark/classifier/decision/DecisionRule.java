package dev.bulwark.classifier.decision;

import dev.bulwark.policy.Surface;
import dev.bulwark.policy.Threshold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns category scores into a decision under one surface's thresholds: a score at or above the
 * block threshold blocks, at or above the review threshold goes to review; the verdict is the
 * strictest. Only a BLOCK can be auto-enforced, and only where the policy says so.
 */
public final class DecisionRule {

    private static final Comparator<Reason> STRICTEST_FIRST = Comparator.comparing(Reason::verdict)
            .thenComparingDouble(Reason::score)
            .reversed();

    public Decision decide(Surface surface, List<CategoryScore> scores) {
        List<Reason> reasons = new ArrayList<>();
        Verdict verdict = Verdict.ALLOW;
        for (CategoryScore score : scores) {
            Threshold threshold = surface.thresholdFor(score.category());
            if (threshold == null || score.score() <= 0) {
                continue;
            }
            Reason reason = null;
            if (score.score() >= threshold.block()) {
                reason = new Reason(score.category(), Verdict.BLOCK, score.score(), threshold.block(), threshold.autoEnforce());
            } else if (score.score() >= threshold.review()) {
                reason = new Reason(score.category(), Verdict.REVIEW, score.score(), threshold.review(), false);
            }
            if (reason != null) {
                reasons.add(reason);
                verdict = verdict.stricter(reason.verdict());
            }
        }
        reasons.sort(STRICTEST_FIRST);
        return new Decision(verdict, reasons);
    }
}
