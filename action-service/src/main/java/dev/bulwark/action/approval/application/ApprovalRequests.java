package dev.bulwark.action.approval.application;

import dev.bulwark.action.approval.ApprovalRules;
import dev.bulwark.action.audit.AuditEvent;
import dev.bulwark.action.audit.persistence.AuditLogRepository;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.enforcement.persistence.EnforcementActionRepository;
import dev.bulwark.action.notification.Recipient;
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
    private final ApprovalMetrics metrics;

    public ApprovalRequests(ApprovalRules rules, EnforcementActionRepository actions, AuditLogRepository auditLog,
            ApprovalMetrics metrics) {
        this.rules = rules;
        this.actions = actions;
        this.auditLog = auditLog;
        this.metrics = metrics;
    }

    public boolean required(EnforcementAction action) {
        return rules.required(action);
    }

    /** Stores the action as pending under the request's idempotency key; the standing is unchanged by it. */
    public Uni<EnforcementAction> hold(EnforcementAction action, Recipient recipient, String idempotencyKey,
            String fingerprint) {
        EnforcementAction pending = action.awaitingApproval();
        return actions.insert(pending, recipient, idempotencyKey, fingerprint)
                .chain(() -> auditLog.append(AuditEvent.approvalRequested(pending)))
                .replaceWith(pending)
                .invoke(() -> metrics.count(ApprovalMetrics.REQUESTED));
    }
}
