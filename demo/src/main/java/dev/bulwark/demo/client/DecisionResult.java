package dev.bulwark.demo.client;

import java.util.List;

/** What a decision did: the case's new status, the actions taken and, when enforced, the subject's standing. */
public record DecisionResult(
        String caseId, String status, String outcome, String category, List<String> actionIds, StandingView standing) {

    public DecisionResult {
        actionIds = actionIds == null ? List.of() : List.copyOf(actionIds);
    }

    /** The subject's standing after enforcement, for example WARNED with one active strike. */
    public record StandingView(String state, int activeStrikes) {}
}
