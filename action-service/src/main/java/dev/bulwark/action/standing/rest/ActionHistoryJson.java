package dev.bulwark.action.standing.rest;

import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.rest.ActionPage;
import java.time.Instant;
import java.util.List;

/**
 * A page of a subject's action history.
 *
 * @param nextCursor pass as {@code cursor} for the next (older) page; null on the last page
 */
public record ActionHistoryJson(List<ActionJson> items, String nextCursor) {

    /**
     * One action and what became of it.
     *
     * @param status IN_FORCE, PENDING_APPROVAL, REJECTED, EXPIRED or REVERTED
     * @param decidedAt when a second person approved or rejected it; null when it needed no approval
     */
    public record ActionJson(String id, String status, String type, String category, String origin,
            Instant createdAt, Instant expiresAt, Instant revertedAt, Instant expiredAt, Instant decidedAt,
            String referenceId, String policyVersion) {

        static ActionJson of(EnforcementAction action) {
            return new ActionJson(action.id().toString(), action.lifecycleStatus(), action.type().name(),
                    action.category(), action.origin().name(), action.createdAt(), action.expiresAt(),
                    action.revertedAt(), action.expiredAt(), action.decidedAt(), action.referenceId(),
                    action.provenance().policyVersion());
        }
    }

    static ActionHistoryJson of(ActionPage page) {
        return new ActionHistoryJson(page.actions().stream().map(ActionJson::of).toList(),
                page.next() == null ? null : page.next().token());
    }
}
