package dev.bulwark.cases.casefile;

/** What can happen to a case; the append-only event log is the source of its status. */
public enum CaseEventType {
    /** The first item opened the case. */
    OPENED,
    /** Another item about the same subject joined the open case. */
    ITEM_ADDED,
    /** A reviewer took the lease. */
    CLAIMED,
    /** The lease holder gave the case back to its queue. */
    RELEASED,
    /** The lease ran out and another reviewer reclaimed the case. */
    LEASE_EXPIRED,
    /** A reviewer decided; the case is closed. */
    DECIDED
}
