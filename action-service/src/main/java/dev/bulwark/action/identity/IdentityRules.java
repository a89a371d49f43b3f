package dev.bulwark.action.identity;

import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.policy.EnforcementType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Decides which identity effects follow enforcement. Only suspensions and bans of accounts lock a
 * user out; organisations are not users.
 *
 * <p>Effects are decided when an action takes effect, is reverted or runs out, and checked again
 * just before they are applied ({@link #stillWanted}): applied late or out of order, they still
 * leave the user as the account's standing says.
 */
public final class IdentityRules {

    private IdentityRules() {}

    /** True for the actions that lock an account's user out while they are in force. */
    public static boolean locksOut(EnforcementAction action) {
        return action.subject().kind() == SubjectKind.ACCOUNT
                && (action.type() == EnforcementType.SUSPEND || action.type() == EnforcementType.BAN);
    }

    /**
     * A lockout disables the user as soon as it takes effect. Its enabling when it runs out is
     * decided by the expiry sweep ({@link #onExpired}), with the account's standing of that moment.
     */
    public static List<PlannedEffect> onEnforced(EnforcementAction action) {
        if (!locksOut(action)) {
            return List.of();
        }
        return List.of(new PlannedEffect(IdentityEffectType.DISABLE, IdentityCause.ENFORCED, action.inForceSince()));
    }

    /**
     * Reverting a lockout enables the user unless another lockout of the account is still in force.
     *
     * @param accountActions the account's actions that may be in force; the reverted one may be among them
     */
    public static Optional<PlannedEffect> onReverted(EnforcementAction reverted,
            Collection<EnforcementAction> accountActions, Instant now) {
        return enableUnlessLockedOut(reverted, IdentityCause.REVERTED, accountActions, now);
    }

    /**
     * A lockout that ran out enables the user unless another lockout of the account is still in force.
     *
     * @param accountActions the account's actions that may be in force; the expired one may be among them
     */
    public static Optional<PlannedEffect> onExpired(EnforcementAction expired,
            Collection<EnforcementAction> accountActions, Instant now) {
        return enableUnlessLockedOut(expired, IdentityCause.EXPIRED, accountActions, now);
    }

    /**
     * Whether an effect still matches the account just before it is applied: disable only while a
     * lockout is in force; enable only when none is and the last effect applied was a disable (a
     * user Bulwark never disabled is left as its administrators set it).
     *
     * @param lastApplied the last effect applied to the account's user; null when none was
     */
    public static boolean stillWanted(IdentityEffectType effect, Collection<EnforcementAction> accountActions,
            IdentityEffectType lastApplied, Instant now) {
        boolean lockedOut = lockedOut(accountActions, null, now);
        return switch (effect) {
            case DISABLE -> lockedOut;
            case ENABLE -> !lockedOut && lastApplied == IdentityEffectType.DISABLE;
        };
    }

    private static Optional<PlannedEffect> enableUnlessLockedOut(EnforcementAction ended, IdentityCause cause,
            Collection<EnforcementAction> accountActions, Instant now) {
        if (!locksOut(ended) || lockedOut(accountActions, ended, now)) {
            return Optional.empty();
        }
        return Optional.of(new PlannedEffect(IdentityEffectType.ENABLE, cause, now));
    }

    private static boolean lockedOut(Collection<EnforcementAction> actions, EnforcementAction except, Instant now) {
        return actions.stream()
                .filter(a -> except == null || !a.id().equals(except.id()))
                .anyMatch(a -> locksOut(a) && a.inForceAt(now));
    }
}
