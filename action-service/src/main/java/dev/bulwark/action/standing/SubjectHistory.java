package dev.bulwark.action.standing;

import dev.bulwark.action.enforcement.EnforcementAction;
import java.util.List;

/** A subject's standing with its most recent actions, newest first. */
public record SubjectHistory(Standing standing, List<EnforcementAction> recentActions) {

    /** How many actions a history lists at most. */
    public static final int MAX_ACTIONS = 50;

    public SubjectHistory {
        recentActions = List.copyOf(recentActions);
    }
}
