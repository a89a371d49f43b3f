package dev.bulwark.cases.casefile;

/** Where a case item came from. */
public enum ItemSource {
    /** A submission the classifier sent to review. */
    SUBMISSION,
    /** A user report. */
    REPORT,
    /** The appellant's statement, the one item of an appeal case. */
    APPEAL
}
