package dev.bulwark.action.enforcement.application;

import dev.bulwark.action.audit.AuditEvent;
import dev.bulwark.action.audit.persistence.AuditLogRepository;
import dev.bulwark.action.enforcement.ActionStatus;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.enforcement.RevertCommand;
import dev.bulwark.action.enforcement.persistence.EnforcementActionEntity;
import dev.bulwark.action.enforcement.persistence.EnforcementActionRepository;
import dev.bulwark.action.enforcement.persistence.StrikeRepository;
import dev.bulwark.action.enforcement.persistence.SubjectLock;
import dev.bulwark.action.error.ConflictException;
import dev.bulwark.action.error.NotFoundException;
import dev.bulwark.action.identity.IdentityRules;
import dev.bulwark.action.identity.application.IdentityOutbox;
import dev.bulwark.action.identity.application.IdentityRelay;
import dev.bulwark.action.notification.application.NotificationOutbox;
import dev.bulwark.action.standing.application.StandingService;
import dev.bulwark.action.time.TimeSource;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/**
 * Reverses an action and its strike, with an audit entry, any identity effect and its webhook, in one
 * transaction; reverting a reverted action changes nothing and answers with it as it is.
 */
@ApplicationScoped
public class RevertUseCase {

    static final String NOT_IN_FORCE = "ACTION_NOT_IN_FORCE";

    private final EnforcementActionRepository actions;
    private final StrikeRepository strikes;
    private final SubjectLock subjectLock;
    private final AuditLogRepository auditLog;
    private final StandingService standings;
    private final TimeSource time;
    private final EnforcementMetrics metrics;
    private final IdentityOutbox identityOutbox;
    private final IdentityRelay identityRelay;
    private final NotificationOutbox notifications;

    public RevertUseCase(EnforcementActionRepository actions, StrikeRepository strikes, SubjectLock subjectLock,
            AuditLogRepository auditLog, StandingService standings, TimeSource time, EnforcementMetrics metrics,
            IdentityOutbox identityOutbox, IdentityRelay identityRelay, NotificationOutbox notifications) {
        this.actions = actions;
        this.strikes = strikes;
        this.subjectLock = subjectLock;
        this.auditLog = auditLog;
        this.standings = standings;
        this.time = time;
        this.metrics = metrics;
        this.identityOutbox = identityOutbox;
        this.identityRelay = identityRelay;
        this.notifications = notifications;
    }

    @WithSpan("RevertUseCase.revert")
    public Uni<RevertOutcome> revert(RevertCommand command) {
        // The row lock makes a concurrent revert of the same action wait and then see it reverted.
        return Panache.withTransaction(() -> actions.findById(command.actionId(), LockModeType.PESSIMISTIC_WRITE)
                        .onItem().ifNull().failWith(() -> new NotFoundException("no action with this id"))
                        .call(found -> subjectLock.lock(found.subject()))
                        .invoke(RevertUseCase::refuseUndecided)
                        .chain(found -> found.revertedAt != null ? unchanged(found) : revert(found, command)))
                .invoke(outcome -> {
                    if (outcome.changed()) {
                        metrics.reverted(outcome.action());
                        notifications.kick();
                        if (IdentityRules.locksOut(outcome.action())) {
                            identityRelay.kick();
                        }
                    }
                });
    }

    private Uni<RevertOutcome> revert(EnforcementActionEntity row, RevertCommand command) {
        var now = time.now();
        row.revertedAt = now;
        row.revertReason = command.reason();
        row.revertedBy = command.actor();
        EnforcementAction action = row.toDomain();
        return actions.flush()
                .chain(() -> strikes.revertForAction(row.id))
                .chain(() -> auditLog.append(AuditEvent.reverted(action, command.actor())))
                .chain(() -> identityOutbox.reverted(action, now))
                .chain(() -> notifications.reverted(action, row.recipient(), now))
                .chain(() -> standings.standing(action.subject(), now))
                .map(standing -> new RevertOutcome(action, standing, true));
    }

    /** Only an action that took effect is reverted; a pending one is approved or rejected instead. */
    private static void refuseUndecided(EnforcementActionEntity row) {
        if (row.status != ActionStatus.IN_FORCE) {
            throw new ConflictException(NOT_IN_FORCE, row.status == ActionStatus.PENDING_APPROVAL
                    ? "the action waits for approval: reject it instead"
                    : "the action was rejected and never took effect");
        }
    }

    private Uni<RevertOutcome> unchanged(EnforcementActionEntity row) {
        EnforcementAction action = row.toDomain();
        return standings.standing(action.subject(), time.now())
                .map(standing -> new RevertOutcome(action, standing, false));
    }
}
