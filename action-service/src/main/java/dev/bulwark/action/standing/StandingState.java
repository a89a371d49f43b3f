package dev.bulwark.action.standing;

/** Overall state of a subject, mildest first (the order is used to pick the strictest). */
public enum StandingState {
    GOOD,
    WARNED,
    RESTRICTED,
    SUSPENDED,
    BANNED
}
