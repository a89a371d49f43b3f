package dev.bulwark.action.notification;

/** Where a webhook delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** A receiver accepted it; it is never sent again. */
    DELIVERED,
    /** Refused for good or out of attempts; an operator may look at it, nothing sends it again. */
    DEAD
}
