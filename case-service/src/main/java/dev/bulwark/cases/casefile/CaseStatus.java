package dev.bulwark.cases.casefile;

/** Where a case stands; always the projection of its events (see {@link CaseState#apply}). */
public enum CaseStatus {
    /** Waiting in its queue for a reviewer. */
    OPEN,
    /** Leased by one reviewer. */
    CLAIMED,
    /** Decided; never reopens (a new item about the subject opens a new case). */
    CLOSED
}
