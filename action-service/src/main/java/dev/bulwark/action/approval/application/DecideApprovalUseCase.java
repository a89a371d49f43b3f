package dev.bulwark.action.approval.application;

import dev.bulwark.action.approval.ApprovalRules;
import dev.bulwark.action.approval.Decision;
import dev.bulwark.action.audit.AuditEvent;
import dev.bulwark.action.audit.persistence.AuditLogRepository;
import dev.bulwark.action.enforcement.ActionStatus;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.enforcement.Ladder;
import dev.bulwark.action.enforcement.Strike;
import dev.bulwark.action.enforcement.application.EnforcementMetrics;
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
import dev.bulwark.policy.runtime.ActivePolicies;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.UUID;

/**
 * A second person approves or rejects a pending action. Approval puts it in force now, with its
 * strike, identity effects and audit entry in one transaction; rejection only records and audits.
 */
@ApplicationScoped
public class DecideApprovalUseCase {

    static final String NOT_PENDING = "NOT_PENDING";
    static final String SAME_PERSON = "SAME_PERSON";

    private final EnforcementActionRepository actions;
    private final StrikeRepository strikes;
    private final SubjectLock subjectLock;
    private final AuditLogRepository auditLog;
    private final StandingService standings;
    private final ActivePolicies policies;
    private final IdentityOutbox identityOutbox;
    private final IdentityRelay identityRelay;
    private final ApprovalRules rules;
    private final ApprovalMetrics metrics;
    private final EnforcementMetrics enforcementMetrics;
    private final NotificationOutbox notifications;
    private final TimeSource time;

    public DecideApprovalUseCase(EnforcementActionRepository actions, StrikeRepository strikes,
            SubjectLock subjectLock, AuditLogRepository auditLog, StandingService standings, ActivePolicies policies,
            IdentityOutbox identityOutbox, IdentityRelay identityRelay, ApprovalRules rules, ApprovalMetrics metrics,
            EnforcementMetrics enforcementMetrics, NotificationOutbox notifications, TimeSource time) {
        this.actions = actions;
        this.strikes = strikes;
        this.subjectLock = subjectLock;
        this.auditLog = auditLog;
        this.standings = standings;
        this.policies = policies;
        this.identityOutbox = identityOutbox;
        this.identityRelay = identityRelay;
        this.rules = rules;
        this.metrics = metrics;
        this.enforcementMetrics = enforcementMetrics;
        this.notifications = notifications;
        this.time = time;
    }

    @WithSpan("DecideApprovalUseCase.approve")
    public Uni<ApprovalOutcome> approve(Decision decision) {
        return decide(decision, this::approve).invoke(outcome -> {
            metrics.count(ApprovalMetrics.APPROVED);
            enforcementMetrics.enforced(outcome.action());
            notifications.kick();
            if (IdentityRules.locksOut(outcome.action())) {
                identityRelay.kick();
            }
        });
    }

    @WithSpan("DecideApprovalUseCase.reject")
    public Uni<ApprovalOutcome> reject(Decision decision) {
        return decide(decision, this::reject).invoke(() -> metrics.count(ApprovalMetrics.REJECTED));
    }

    /** How a checked decision changes the pending row. */
    private interface Change {
        Uni<EnforcementAction> apply(EnforcementActionEntity row, Decision decision, Instant now);
    }

    private Uni<ApprovalOutcome> decide(Decision decision, Change change) {
        // The row lock makes a concurrent decision on the same action wait and then see it decided.
        return Panache.withTransaction(() -> actions.findById(decision.actionId(), LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new NotFoundException("no action with this id"))
                .call(row -> subjectLock.lock(row.subject()))
                .invoke(row -> check(row, decision))
                .chain(row -> change.apply(row, decision, time.now()))
                .chain(action -> standings.standing(action.subject(), action.decidedAt())
                        .map(standing -> new ApprovalOutcome(action, standing))));
    }

    private void check(EnforcementActionEntity row, Decision decision) {
        switch (rules.judge(decision.decider(), decision.roles(), row.actor)) {
            case NOT_AN_APPROVER -> throw new ForbiddenException("not an approver");
            case SAME_PERSON -> throw new ConflictException(SAME_PERSON,
                    "the person who asked for an action cannot also approve or reject it");
            case MAY_DECIDE -> { }
        }
        if (row.status != ActionStatus.PENDING_APPROVAL) {
            throw new ConflictException(NOT_PENDING, "the action is not waiting for approval");
        }
    }

    private Uni<EnforcementAction> approve(EnforcementActionEntity row, Decision decision, Instant now) {
        EnforcementAction approved = row.toDomain().approve(decision.decider(), now);
        row.decide(approved, decision.note());
        // The strike window of the policy the decision was made under, as when the action is taken.
        Ladder ladder = new Ladder(policies.forDecision(approved.provenance().policyVersion()).policy());
        Strike strike = Strike.of(UUID.randomUUID(), approved, ladder.strikeWindow(), ladder.strikeWeight(approved.category()));
        return actions.flush()
                .chain(() -> strikes.insert(strike, approved.subject()))
                .chain(() -> auditLog.append(AuditEvent.decided(approved, decision.note())))
                .chain(() -> identityOutbox.enforced(approved, now))
                // the tenant hears of the action when it takes effect, not while it waits
                .chain(() -> notifications.enforced(approved, row.recipient(), now))
                .replaceWith(approved);
    }

    private Uni<EnforcementAction> reject(EnforcementActionEntity row, Decision decision, Instant now) {
        EnforcementAction rejected = row.toDomain().reject(decision.decider(), now);
        row.decide(rejected, decision.note());
        return actions.flush()
                .chain(() -> auditLog.append(AuditEvent.decided(rejected, decision.note())))
                .replaceWith(rejected);
    }
}
