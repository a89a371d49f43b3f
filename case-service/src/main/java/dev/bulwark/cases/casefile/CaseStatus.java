package dev.bulwark.cases.casefile;

/** Where a case stands; always the projection of its events (see {@link CaseState#apply}). */
public enum CaseStatus {
    /** Waiting in its queue for a reviewer. */
    OPEN,
    /** Leased by one reviewer. */
    CLAIMED,
    /** On hold until more information arrives (a new item joins) or the hold runs out. */
    AWAITING_INFO,
    /** Decided; never reopens (a new item about the subject opens a new case). */
    CLOSED
}
