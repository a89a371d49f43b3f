package dev.bulwark.cases.casefile;

/** What a case asks of its reviewer. */
public enum CaseKind {
    /** Decide whether items about a subject break the policy. */
    REVIEW,
    /** Decide whether an enforcement action stands, as the subject asked. */
    APPEAL,
    /** Check a sampled decision (a reviewer's or the automation's) again. */
    QA
}
