package dev.bulwark.cases.qa;

/** Whose decision a QA sample checks. */
public enum QaOrigin {
    /** An enforcement intake carried out automatically on the classifier's BLOCK. */
    AUTOMATED,
    /** A reviewer's closing decision on a review case. */
    REVIEW
}
