package dev.bulwark.action.approval;

import java.util.Set;
import java.util.UUID;

/**
 * A second person's approval or rejection of a pending action.
 *
 * @param decider the username of the person deciding
 * @param roles the decider's realm roles
 * @param note why, for the audit log; required to reject
 */
public record Decision(UUID actionId, String decider, Set<String> roles, String note) {

    public Decision {
        roles = Set.copyOf(roles);
    }
}
