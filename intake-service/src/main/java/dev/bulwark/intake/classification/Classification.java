package dev.bulwark.intake.classification;

import dev.bulwark.intake.submission.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * The classifier's judgement of a submission, or the surface's fallback when it could not answer,
 * with what produced it: the policy version, the model versions and the signals behind the scores.
 *
 * @param fallback true when the surface's failure mode decided instead of the classifier
 */
public record Classification(
        Verdict verdict,
        List<Score> scores,
        List<Reason> reasons,
        List<Signal> signals,
        String policyVersion,
        List<String> modelVersions,
        boolean fallback) {

    public Classification {
        scores = List.copyOf(scores);
        reasons = List.copyOf(reasons);
        signals = List.copyOf(signals);
        modelVersions = List.copyOf(modelVersions);
    }

    /** One category's score. */
    public record Score(String category, double confidence, String severity) {}

    /** A category that reached REVIEW or BLOCK. */
    public record Reason(String category, Verdict verdict, double score, double threshold, boolean autoEnforce) {

        public String describe() {
            return String.format(java.util.Locale.ROOT, "%s: %s (score %.2f ≥ %.2f%s)",
                    category, verdict, score, threshold, autoEnforce && verdict == Verdict.BLOCK ? ", auto-enforced" : "");
        }
    }

    /**
     * One detector's finding.
     *
     * @param id stable id of the detector and rule, for example {@code lexicon:violence}
     * @param evidence where in the submitted text it matched
     */
    public record Signal(String id, String category, double score, List<Span> evidence) {

        public Signal {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    /** A span of the submitted text (UTF-16 offsets, end exclusive). */
    public record Span(int start, int end) {}

    /** The strictest reason, which decides the queue a case goes to. */
    public Optional<Reason> leadingReason() {
        return reasons.stream().filter(r -> r.verdict() == verdict).findFirst();
    }

    /** The reason that lets a BLOCK enforce without a person, if any. */
    public Optional<Reason> autoEnforcedReason() {
        return verdict == Verdict.BLOCK && !fallback
                ? reasons.stream().filter(r -> r.verdict() == Verdict.BLOCK && r.autoEnforce()).findFirst()
                : Optional.empty();
    }

    /** The ids of the signals that count towards a category: what produced a decision on it. */
    public List<String> signalIdsFor(String category) {
        return signals.stream().filter(s -> s.category().equals(category)).map(Signal::id).distinct().toList();
    }
}
