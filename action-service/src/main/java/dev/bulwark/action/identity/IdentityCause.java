package dev.bulwark.action.identity;

/** Why an identity effect was recorded: the action took effect, was reverted, or ran out by itself. */
public enum IdentityCause {
    ENFORCED,
    REVERTED,
    EXPIRED
}
