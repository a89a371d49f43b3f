package dev.bulwark.action.approval.rest;

import dev.bulwark.action.approval.application.ApprovalOutcome;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.rest.ActionPage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** JSON of the approvals API. */
final class ApprovalJson {

    private ApprovalJson() {}

    /** A decision's body: why, for the audit log (required to reject). */
    record NoteJson(String note) {}

    /**
     * A pending action as approvers see it.
     *
     * @param requestedBy who asked for it; someone else must decide
     * @param duration how long a restriction or suspension lasts once approved (ISO-8601); null otherwise
     */
    record PendingJson(String id, String subjectType, String subjectId, String organizationId, String type,
            String category, String origin, String requestedBy, String referenceId, String policyVersion,
            Instant createdAt, Duration duration) {

        static PendingJson of(EnforcementAction action) {
            return new PendingJson(action.id().toString(), action.subject().kind().name(), action.subject().id(),
                    action.subject().organizationId(), action.type().name(), action.category(),
                    action.origin().name(), action.actor(), action.referenceId(),
                    action.provenance().policyVersion(), action.createdAt(),
                    action.expiresAt() == null ? null : Duration.between(action.createdAt(), action.expiresAt()));
        }
    }

    /** @param nextCursor pass as {@code cursor} for the next page; null on the last page */
    record PageJson(List<PendingJson> items, String nextCursor) {

        static PageJson of(ActionPage page) {
            return new PageJson(page.actions().stream().map(PendingJson::of).toList(),
                    page.next() == null ? null : page.next().token());
        }
    }

    /** The action after a decision, and its subject's standing. */
    record DecidedJson(String id, String status, String decidedBy, Instant decidedAt, Instant expiresAt,
            String standing) {

        static DecidedJson of(ApprovalOutcome outcome) {
            EnforcementAction action = outcome.action();
            return new DecidedJson(action.id().toString(), action.status().name(), action.decidedBy(),
                    action.decidedAt(), action.expiresAt(), outcome.standing().state().name());
        }
    }
}
