package dev.bulwark.cases.casefile;

/** What can happen to a case; the append-only event log is the source of its status. */
public enum CaseEventType {
    /** The first item opened the case. */
    OPENED,
    /** Another item about the same subject joined the case (and ends a hold for more information). */
    ITEM_ADDED,
    /** A reviewer took the lease. */
    CLAIMED,
    /** The lease holder gave the case back to its queue. */
    RELEASED,
    /** The lease holder gave the case back and is not handed it again. */
    SKIPPED,
    /** The lease ran out and another reviewer reclaimed the case. */
    LEASE_EXPIRED,
    /** The lease holder passed the case to senior reviewers. */
    ESCALATED,
    /** The lease holder put the case on hold until more information arrives. */
    INFO_REQUESTED,
    /** A hold for more information ran out; the case is back in its queue. */
    RESUMED,
    /** A reviewer decided; the case is closed. */
    DECIDED,
    /** Someone wrote an internal note; the status does not change. */
    NOTE_ADDED,
    /** A reviewer unblurred an item's content; audited, the status does not change. */
    CONTENT_REVEALED,
    /** The case joined a cluster of near-duplicate content; the status does not change. */
    CLUSTERED;

    /** Events that record something about the case without moving its status. */
    public boolean isAnnotation() {
        return this == NOTE_ADDED || this == CONTENT_REVEALED || this == CLUSTERED;
    }
}
