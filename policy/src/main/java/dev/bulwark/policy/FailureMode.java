package dev.bulwark.policy;

/** What a surface does when the classifier cannot answer in time. */
public enum FailureMode {
    /** Fail open to human review. */
    REVIEW,
    /** Fail closed: withhold the content (never auto-enforced). */
    BLOCK
}
