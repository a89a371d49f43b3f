package dev.bulwark.action.approval.application;

import dev.bulwark.action.approval.ApprovalRules;
import dev.bulwark.action.audit.AuditEvent;
import dev.bulwark.action.audit.persistence.AuditLogRepository;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.enforcement.application.EnforcementOutcome;
import dev.bulwark.action.enforcement.persistence.EnforcementActionRepository;
import dev.bulwark.action.standing.application.StandingService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Holds back an action that needs a second person: stored as pending, audited, but with no strike
 * and no identity effect until it is approved. Runs inside the enforcing transaction.
 */
@ApplicationScoped
public class ApprovalRequests {

    private final ApprovalRules rules;
    private final EnforcementActionRepository actions;
    private final AuditLogRepository auditLog;
    private final StandingService standings;
    private final ApprovalMetrics metrics;

    public ApprovalRequests(ApprovalRules rules, EnforcementActionRepository actions, AuditLogRepository auditLog,
            StandingService standings, ApprovalMetrics metrics) {
        this.rules = rules;
        this.actions = actions;
        this.auditLog = auditLog;
        this.standings = standings;
        this.metrics = metrics;
    }

    public boolean required(EnforcementAction action) {
        return rules.required(action);
    }

    /** Stores the action as pending under the request's idempotency key; the standing is unchanged by it. */
    public Uni<EnforcementOutcome> hold(EnforcementAction action, String idempotencyKey, String fingerprint) {
        EnforcementAction pending = action.awaitingApproval();
        return actions.insert(pending, idempotencyKey, fingerprint)
                .chain(() -> auditLog.append(AuditEvent.approvalRequested(pending)))
                .chain(() -> standings.standing(pending.subject(), pending.createdAt()))
                .map(standing -> new EnforcementOutcome(pending, standing, false))
                .invoke(() -> metrics.count(ApprovalMetrics.REQUESTED));
    }
}
