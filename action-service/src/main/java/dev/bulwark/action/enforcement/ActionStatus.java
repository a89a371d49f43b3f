package dev.bulwark.action.enforcement;

/** Whether an action was let take effect; stored with it. Expiry and reversal are recorded beside it. */
public enum ActionStatus {
    /** Took effect: it shapes the standing and its strike counts. */
    IN_FORCE,
    /** Waits for a second, different senior person: no effect and no strike yet. */
    PENDING_APPROVAL,
    /** The second person refused it: it never takes effect. */
    REJECTED
}
