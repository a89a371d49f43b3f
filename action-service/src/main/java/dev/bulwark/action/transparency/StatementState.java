package dev.bulwark.action.transparency;

/** Where a statement of reasons stands on its way to the DSA Transparency Database. */
public enum StatementState {
    /** Waiting to be sent, or to be sent again after a failed attempt. */
    PENDING,
    /** Accepted by the Transparency Database; never sent again. */
    SUBMITTED,
    /** Refused by the Transparency Database for a reason in the statement itself; not retried. */
    FAILED,
    /** Not built: nothing maps the action's category to a DSA category; not sent. */
    BLOCKED,
    /** The action was reverted before its statement was sent; not sent. */
    WITHDRAWN
}
