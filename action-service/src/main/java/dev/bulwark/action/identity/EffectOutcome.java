package dev.bulwark.action.identity;

/** How an identity effect ended. */
public enum EffectOutcome {
    APPLIED,
    USER_NOT_FOUND,
    SKIPPED,
    /** No longer matched the account's standing when its turn came: nothing was sent. */
    SUPERSEDED;

    public static EffectOutcome of(IdentityResult result) {
        return switch (result) {
            case APPLIED -> APPLIED;
            case USER_NOT_FOUND -> USER_NOT_FOUND;
            case SKIPPED -> SKIPPED;
        };
    }
}
