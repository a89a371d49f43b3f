package dev.bulwark.action.identity;

/** How the identity provider answered an effect that did not fail. */
public enum IdentityResult {
    /** The user was disabled or enabled. */
    APPLIED,
    /** No user has the account's id as username: nothing to do, and retrying would not help. */
    USER_NOT_FOUND,
    /** The identity provider is switched off: nothing was sent. */
    SKIPPED
}
