package dev.bulwark.action.expiry;

import dev.bulwark.action.enforcement.EnforcementAction;
import java.time.Instant;

/** Which actions the sweep records as run out. */
public final class ExpiryRules {

    private ExpiryRules() {}

    /**
     * Due: a restriction or suspension that took effect (needing no approval, or approved), was not
     * reverted, has reached its end and was not yet recorded as expired.
     */
    public static boolean due(EnforcementAction action, Instant now) {
        return action.takenEffect()
                && action.expiredAt() == null
                && action.expiresAt() != null
                && !action.expiresAt().isAfter(now);
    }
}
