package dev.bulwark.cases.casefile;

/** Where a review item came from. */
public enum ItemSource {
    /** A submission the classifier sent to review. */
    SUBMISSION,
    /** A user report. */
    REPORT
}
