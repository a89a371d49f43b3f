package dev.bulwark.cases.casefile;

import java.util.List;

/**
 * Why an item came up for review, as the classifier decided it: the policy thresholds its scores
 * reached and the signals behind the scores. Empty for an item nobody scored (a report about no
 * submission, or a classifier fallback).
 */
public record Explanation(List<CategoryReason> reasons, List<Signal> signals) {

    public static final Explanation NONE = new Explanation(List.of(), List.of());

    public Explanation {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        signals = signals == null ? List.of() : List.copyOf(signals);
    }

    /**
     * A category whose score reached a policy threshold.
     *
     * @param verdict REVIEW or BLOCK, the verdict this category alone gives
     * @param threshold the threshold of the policy that the score reached
     * @param autoEnforce whether the policy lets a BLOCK on this category enforce without a person
     */
    public record CategoryReason(String category, String verdict, double score, double threshold, boolean autoEnforce) {}

    /**
     * One detector's finding.
     *
     * @param id stable id of the detector and rule, for example {@code lexicon:violence}
     * @param evidence where in the item's text it matched
     */
    public record Signal(String id, String category, double score, List<Span> evidence) {

        public Signal {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    /** A span of the item's text (UTF-16 offsets, end exclusive). */
    public record Span(int start, int end) {}
}
