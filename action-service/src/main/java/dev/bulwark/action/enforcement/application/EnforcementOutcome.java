package dev.bulwark.action.enforcement.application;

import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.standing.Standing;
import java.util.List;

/**
 * The answer to an enforce request.
 *
 * @param replayed true when the idempotency key had already acted and this is that first action
 * @param organizationAction the action on the subject's organisation this one triggered; null when none
 */
public record EnforcementOutcome(EnforcementAction action, Standing standing, boolean replayed,
        EnforcementAction organizationAction) {

    /** The actions this request took: none on a replay. */
    public List<EnforcementAction> taken() {
        if (replayed) {
            return List.of();
        }
        return organizationAction == null ? List.of(action) : List.of(action, organizationAction);
    }
}
