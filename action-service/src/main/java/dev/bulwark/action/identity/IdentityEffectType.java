package dev.bulwark.action.identity;

/** What enforcement asks of the identity provider about an account's user. */
public enum IdentityEffectType {
    /** Disable the user and end its sessions, so its next login fails. */
    DISABLE,
    /** Enable the user again. */
    ENABLE
}
