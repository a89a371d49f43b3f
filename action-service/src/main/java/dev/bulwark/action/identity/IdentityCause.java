package dev.bulwark.action.identity;

/** Why an identity effect was recorded: the action was taken, reverted, or runs out by itself. */
public enum IdentityCause {
    ENFORCED,
    REVERTED,
    EXPIRED
}
