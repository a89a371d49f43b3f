package dev.bulwark.intake.submission;

/** What the product should do with a submission. */
public enum Verdict {
    ALLOW,
    REVIEW,
    BLOCK
}
