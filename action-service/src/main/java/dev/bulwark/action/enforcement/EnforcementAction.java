package dev.bulwark.action.enforcement;

import dev.bulwark.action.subject.Subject;
import dev.bulwark.policy.EnforcementType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An enforcement action as the domain sees it: what was done to whom, why, until when, and
 * whether it was approved, reverted or ran out.
 *
 * @param expiresAt when it ends by itself; null for warnings and bans. While the action waits for
 *     approval it is the end it would have had if taken at {@code createdAt}; approval moves it.
 * @param revertedAt when it was reverted; null while it stands
 * @param decidedAt when a second person approved or rejected it; null when it needed no approval
 * @param decidedBy who approved or rejected it
 * @param expiredAt when its running out was recorded; null until then
 */
public record EnforcementAction(
        UUID id,
        Subject subject,
        EnforcementType type,
        String category,
        ActionOrigin origin,
        String referenceId,
        Provenance provenance,
        String actor,
        List<String> features,
        Instant createdAt,
        Instant expiresAt,
        Instant revertedAt,
        String revertReason,
        ActionStatus status,
        Instant decidedAt,
        String decidedBy,
        Instant expiredAt) {

    public EnforcementAction {
        features = features == null ? List.of() : List.copyOf(features);
        provenance = provenance == null ? Provenance.NONE : provenance;
        status = status == null ? ActionStatus.IN_FORCE : status;
    }

    /** An action in force that needed no approval and has not run out. */
    public EnforcementAction(UUID id, Subject subject, EnforcementType type, String category, ActionOrigin origin,
            String referenceId, Provenance provenance, String actor, List<String> features, Instant createdAt,
            Instant expiresAt, Instant revertedAt, String revertReason) {
        this(id, subject, type, category, origin, referenceId, provenance, actor, features, createdAt, expiresAt,
                revertedAt, revertReason, ActionStatus.IN_FORCE, null, null, null);
    }

    /** A new action taken now for a command, with the sanction the ladder chose. */
    public static EnforcementAction take(UUID id, EnforceCommand command, Sanction sanction, Instant now) {
        return new EnforcementAction(id, command.subject(), sanction.type(), command.category(), command.origin(),
                command.referenceId(), command.provenance(), command.actor(), sanction.features(),
                now, sanction.expiresAt(now), null, null);
    }

    public boolean reverted() {
        return revertedAt != null;
    }

    public boolean pendingApproval() {
        return status == ActionStatus.PENDING_APPROVAL;
    }

    /** True while it neither waits for approval, was rejected or reverted, nor ended by itself. */
    public boolean inForceAt(Instant now) {
        return takenEffect() && (expiresAt == null || expiresAt.isAfter(now));
    }

    /** True when it took effect and was not reverted, whether or not it has run out since. */
    public boolean takenEffect() {
        return status == ActionStatus.IN_FORCE && !reverted();
    }

    /**
     * Where it stands in its life, as clients are told: REVERTED or EXPIRED (recorded beside the stored
     * status, and what a client most needs to know), else the stored status.
     */
    public String lifecycleStatus() {
        if (reverted()) {
            return "REVERTED";
        }
        return expiredAt != null ? "EXPIRED" : status.name();
    }

    /** When it took effect: on approval for an action that needed one, else when it was taken. */
    public Instant inForceSince() {
        return status == ActionStatus.IN_FORCE && decidedAt != null ? decidedAt : createdAt;
    }

    /** The same action held back until a second person approves it. */
    public EnforcementAction awaitingApproval() {
        return decided(ActionStatus.PENDING_APPROVAL, null, null, expiresAt);
    }

    /** Approved now: it takes effect now, and a timed action lasts its full duration from now. */
    public EnforcementAction approve(String approver, Instant now) {
        Instant end = expiresAt == null ? null : now.plus(Duration.between(createdAt, expiresAt));
        return decided(ActionStatus.IN_FORCE, now, approver, end);
    }

    /** Rejected now: it never takes effect. */
    public EnforcementAction reject(String rejecter, Instant now) {
        return decided(ActionStatus.REJECTED, now, rejecter, expiresAt);
    }

    private EnforcementAction decided(ActionStatus newStatus, Instant at, String by, Instant end) {
        return new EnforcementAction(id, subject, type, category, origin, referenceId, provenance, actor, features,
                createdAt, end, revertedAt, revertReason, newStatus, at, by, expiredAt);
    }
}
