package dev.bulwark.action.standing.rest;

import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.standing.SubjectHistory;
import java.time.Instant;
import java.util.List;

/** A subject's standing and recent actions as auditors read them over REST. */
public record StandingJson(
        String subjectType,
        String subjectId,
        String state,
        int activeStrikes,
        int totalStrikes,
        int activePoints,
        Instant suspendedUntil,
        String organizationState,
        List<ActionJson> actions) {

    /**
     * One action in a standing, with what produced the decision behind it.
     *
     * @param status IN_FORCE, PENDING_APPROVAL (no effect until a second person approves) or REJECTED
     */
    public record ActionJson(String id, String type, String category, String origin, Instant createdAt,
            Instant expiresAt, boolean reverted, Instant revertedAt, String referenceId, String policyVersion,
            List<String> modelVersions, List<String> signalIds, String status) {

        static ActionJson of(EnforcementAction action) {
            return new ActionJson(action.id().toString(), action.type().name(), action.category(),
                    action.origin().name(), action.createdAt(), action.expiresAt(), action.reverted(),
                    action.revertedAt(), action.referenceId(), action.provenance().policyVersion(),
                    action.provenance().modelVersions(), action.provenance().signalIds(), action.status().name());
        }
    }

    static StandingJson of(SubjectHistory history) {
        var standing = history.standing();
        return new StandingJson(standing.subject().kind().name(), standing.subject().id(), standing.state().name(),
                standing.activeStrikes(), standing.totalStrikes(), standing.activePoints(), standing.suspendedUntil(),
                standing.organizationState() == null ? null : standing.organizationState().name(),
                history.recentActions().stream().map(ActionJson::of).toList());
    }
}
