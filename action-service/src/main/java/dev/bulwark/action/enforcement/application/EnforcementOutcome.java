package dev.bulwark.action.enforcement.application;

import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.standing.Standing;
import java.util.List;
import java.util.stream.Stream;

/**
 * The answer to an enforce request.
 *
 * @param replayed true when the idempotency key had already acted and this is that first action
 * @param organizationAction the action on the subject's organisation this one triggered; null when none
 */
public record EnforcementOutcome(EnforcementAction action, Standing standing, boolean replayed,
        EnforcementAction organizationAction) {

    /** The actions this request put in force: none on a replay, and none that wait for approval. */
    public List<EnforcementAction> taken() {
        if (replayed) {
            return List.of();
        }
        return Stream.of(action, organizationAction)
                .filter(taken -> taken != null && !taken.pendingApproval())
                .toList();
    }
}
