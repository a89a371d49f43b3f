package dev.bulwark.cases.appeal;

/** Who decided the appealed action. */
public enum ActionOrigin {
    /** The policy enforced it without a person; no case-service decision produced it. */
    AUTOMATED,
    /** A reviewer's decision in a case produced it. */
    REVIEW
}
