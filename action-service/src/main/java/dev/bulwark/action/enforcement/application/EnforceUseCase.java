package dev.bulwark.action.enforcement.application;

import dev.bulwark.action.approval.application.ApprovalRequests;
import dev.bulwark.action.audit.AuditEvent;
import dev.bulwark.action.audit.persistence.AuditLogRepository;
import dev.bulwark.action.enforcement.EnforceCommand;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.enforcement.Ladder;
import dev.bulwark.action.enforcement.OrganizationThreshold;
import dev.bulwark.action.enforcement.Sanction;
import dev.bulwark.action.enforcement.Strike;
import dev.bulwark.action.enforcement.persistence.EnforcementActionEntity;
import dev.bulwark.action.enforcement.persistence.EnforcementActionRepository;
import dev.bulwark.action.enforcement.persistence.StrikeRepository;
import dev.bulwark.action.enforcement.persistence.SubjectLock;
import dev.bulwark.action.error.ConflictException;
import dev.bulwark.action.identity.IdentityRules;
import dev.bulwark.action.identity.application.IdentityOutbox;
import dev.bulwark.action.identity.application.IdentityRelay;
import dev.bulwark.action.notification.Recipient;
import dev.bulwark.action.notification.application.NotificationOutbox;
import dev.bulwark.action.standing.application.StandingService;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.action.time.TimeSource;
import dev.bulwark.policy.runtime.ActivePolicies;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Takes an enforcement action: the next rung of the ladder (or the reviewer's choice), its strike
 * weighted by the category's severity, its audit entry, its identity effects and its webhook in one
 * transaction, at most once per idempotency key; and, when the action makes the subject's organisation
 * cross the policy's threshold, the organisation's own action in the same transaction. A suspension or
 * ban of an account then asks the identity relay to lock the user out at once, and the webhook relay
 * tells the tenant. An action that needs a second person's approval is held back instead (see
 * {@code approval}).
 */
@ApplicationScoped
public class EnforceUseCase {

    private static final Logger LOG = Logger.getLogger(EnforceUseCase.class);

    static final String KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";

    private final EnforcementActionRepository actions;
    private final StrikeRepository strikes;
    private final SubjectLock subjectLock;
    private final AuditLogRepository auditLog;
    private final StandingService standings;
    private final ActivePolicies policies;
    private final TimeSource time;
    private final EnforcementMetrics metrics;
    private final IdentityOutbox identityOutbox;
    private final IdentityRelay identityRelay;
    private final ApprovalRequests approvals;
    private final NotificationOutbox notifications;

    public EnforceUseCase(EnforcementActionRepository actions, StrikeRepository strikes, SubjectLock subjectLock,
            AuditLogRepository auditLog, StandingService standings, ActivePolicies policies, TimeSource time,
            EnforcementMetrics metrics, IdentityOutbox identityOutbox, IdentityRelay identityRelay,
            ApprovalRequests approvals, NotificationOutbox notifications) {
        this.actions = actions;
        this.strikes = strikes;
        this.subjectLock = subjectLock;
        this.auditLog = auditLog;
        this.standings = standings;
        this.policies = policies;
        this.time = time;
        this.metrics = metrics;
        this.identityOutbox = identityOutbox;
        this.identityRelay = identityRelay;
        this.approvals = approvals;
        this.notifications = notifications;
    }

    @WithSpan("EnforceUseCase.enforce")
    public Uni<EnforcementOutcome> enforce(EnforceCommand command) {
        String fingerprint = command.fingerprint();
        return Panache.withTransaction(() -> subjectLock.lock(command.subject())
                        .chain(() -> actions.findByIdempotencyKey(command.idempotencyKey()))
                        .chain(first -> first == null ? create(command, fingerprint) : replay(first, fingerprint)))
                // The subject lock orders calls on one subject; the same key on another subject
                // can still race, and the unique constraint decides: the loser answers with the winner.
                .onFailure(UniqueViolation::test)
                .recoverWithUni(() -> Panache.withSession(() -> actions.findByIdempotencyKey(command.idempotencyKey())
                        .chain(winner -> replay(winner, fingerprint))))
                .invoke(outcome -> {
                    if (!outcome.replayed()) {
                        outcome.taken().forEach(action -> {
                            metrics.enforced(action);
                            // An operational record with ids only; the audit log is the record of truth.
                            LOG.infof("action %s: %s in %s (%s, %s)", action.id(), action.type(), action.category(),
                                    action.origin(), action.lifecycleStatus());
                        });
                        if (!outcome.taken().isEmpty()) {
                            notifications.kick();
                        }
                        if (outcome.taken().stream().anyMatch(IdentityRules::locksOut)) {
                            identityRelay.kick();
                        }
                    }
                });
    }

    private Uni<EnforcementOutcome> create(EnforceCommand command, String fingerprint) {
        var now = time.now();
        // The ladder of the policy the decision was made under, so a policy change never re-judges it.
        Ladder ladder = new Ladder(policies.forDecision(command.provenance().policyVersion()).policy());
        return take(command, fingerprint, ladder, now)
                .chain(action -> answerForOrganization(action, command.recipient(), ladder, now)
                        .chain(organizationAction -> standings.standing(command.subject(), now)
                                .map(standing -> new EnforcementOutcome(action, standing, false, organizationAction))));
    }

    /** The action, its weighted strike, its audit entry, its identity effects and its webhook. */
    private Uni<EnforcementAction> take(EnforceCommand command, String fingerprint, Ladder ladder, Instant now) {
        int weight = ladder.strikeWeight(command.category());
        return strikes.activePoints(command.subject(), now).chain(points -> {
            Sanction sanction = ladder.sanctionFor(command.subject().kind(), command.category(), points + weight,
                    command.requestedType());
            EnforcementAction action = EnforcementAction.take(UUID.randomUUID(), command, sanction, now);
            if (approvals.required(action)) {
                return approvals.hold(action, command.recipient(), command.idempotencyKey(), fingerprint);
            }
            Strike strike = Strike.of(UUID.randomUUID(), action, ladder.strikeWindow(), weight);
            return actions.insert(action, command.recipient(), command.idempotencyKey(), fingerprint)
                    .chain(() -> strikes.insert(strike, command.subject()))
                    .chain(() -> auditLog.append(AuditEvent.enforced(action)))
                    .chain(() -> identityOutbox.enforced(action, now))
                    .chain(() -> notifications.enforced(action, command.recipient(), now))
                    .replaceWith(action);
        });
    }

    /**
     * Enforces the member's organisation when this action made it cross the policy's threshold, in the
     * same transaction, under the organisation's own lock; null when nothing was crossed or that
     * crossing was already actioned.
     */
    private Uni<EnforcementAction> answerForOrganization(EnforcementAction member, Recipient recipient, Ladder ladder,
            Instant now) {
        String organization = member.subject().organizationId();
        if (organization == null || ladder.organizationRules().isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        // The organisation's lock comes before the count, so members enforced concurrently are counted
        // one after the other and no crossing is missed.
        return subjectLock.lock(Subject.of(SubjectKind.ORGANIZATION, organization))
                .chain(() -> strikes.membersUnderActiveStrikes(organization, now))
                .map(members -> OrganizationThreshold.commandFor(member, recipient,
                        ladder.organizationRules().get().crossings(members)))
                .chain(command -> command.isEmpty()
                        ? Uni.createFrom().nullItem()
                        : actions.findByIdempotencyKey(command.get().idempotencyKey())
                                .chain(earlier -> earlier != null
                                        ? Uni.createFrom().<EnforcementAction>nullItem()
                                        : take(command.get(), command.get().fingerprint(), ladder, now)));
    }

    private Uni<EnforcementOutcome> replay(EnforcementActionEntity first, String fingerprint) {
        if (!first.requestHash.equals(fingerprint)) {
            return Uni.createFrom().failure(new ConflictException(KEY_REUSED,
                    "the idempotency key was already used for a different request"));
        }
        EnforcementAction action = first.toDomain();
        return standings.standing(action.subject(), time.now())
                .map(standing -> new EnforcementOutcome(action, standing, true, null));
    }
}
