package dev.bulwark.classifier.tools.evaluate;

import dev.bulwark.policy.Threshold;

/** The two operating points of a surface at which the classifier is evaluated. */
public enum Level {
    REVIEW,
    BLOCK;

    /** Whether {@code score} counts as a prediction at this level, as the decision rule would count it. */
    public boolean reached(double score, Threshold threshold) {
        if (threshold == null || score <= 0) {
            // The decision rule ignores a zero score whatever the threshold: so does the evaluation.
            return false;
        }
        return score >= (this == REVIEW ? threshold.review() : threshold.block());
    }
}
