package dev.bulwark.intake.backtest;

import dev.bulwark.classifier.decision.CategoryScore;
import dev.bulwark.classifier.decision.Decision;
import dev.bulwark.classifier.decision.DecisionRule;
import dev.bulwark.classifier.decision.OutcomeChange;
import dev.bulwark.classifier.decision.Reason;
import dev.bulwark.classifier.decision.Verdict;
import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.policy.Surface;
import dev.bulwark.policy.UsagePolicy;
import java.util.List;
import java.util.Optional;

/**
 * Decides a stored submission again under another policy version with the classifier's own decision
 * rule, from the category scores and signals it was given, and names each category whose outcome
 * would change. Submissions the classifier never scored (decided by a failure mode) or whose surface
 * the version lacks cannot be compared.
 */
public final class Backtester {

    /** Scores travel as 32-bit floats; rounded as the classifier rounds them, 0.7 stays 0.7. */
    private static final double PRECISION = 1e6;

    private final DecisionRule rule = new DecisionRule();

    /** The outcome changes, or empty when the submission cannot be compared under {@code policy}. */
    public Optional<List<OutcomeChange>> compare(UsagePolicy policy, StoredDecision stored) {
        Optional<Surface> surface = policy.surface(stored.surface());
        if (stored.fallback() || surface.isEmpty()) {
            return Optional.empty();
        }
        List<CategoryScore> scores = stored.judgement().scores().stream()
                .filter(s -> policy.category(s.category()).isPresent())
                .map(s -> new CategoryScore(s.category(), Math.round(s.confidence() * PRECISION) / PRECISION,
                        policy.severityOf(s.category())))
                .toList();
        List<Signal> signals = stored.judgement().signals().stream()
                .map(s -> new Signal(s.id(), s.category(), Math.min(1, Math.max(0, s.score())), List.of()))
                .toList();
        Decision then = new Decision(
                stored.judgement().reasons().stream().map(r -> Verdict.valueOf(r.verdict())).reduce(Verdict.ALLOW, Verdict::stricter),
                stored.judgement().reasons().stream()
                        .map(r -> new Reason(r.category(), Verdict.valueOf(r.verdict()), r.score(), r.threshold(), r.autoEnforce()))
                        .toList());
        return Optional.of(OutcomeChange.between(then, rule.decide(surface.get(), scores, signals)));
    }
}
