package dev.bulwark.action.audit;

import dev.bulwark.action.enforcement.ActionStatus;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.identity.IdentityCause;
import dev.bulwark.action.identity.IdentityEffectType;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.action.subject.SubjectKind;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What happened, before it is chained: the content every audit entry hashes.
 *
 * @param payload canonical JSON with the details of the event
 */
public record AuditEvent(Instant occurredAt, AuditEventType type, UUID actionId, Subject subject, String payload) {

    /** The entry recording that an action was taken. */
    public static AuditEvent enforced(EnforcementAction action) {
        return taken(AuditEventType.ENFORCED, action);
    }

    /** The entry recording that an action was taken but waits for a second person's approval. */
    public static AuditEvent approvalRequested(EnforcementAction action) {
        return taken(AuditEventType.APPROVAL_REQUESTED, action);
    }

    /** The entry recording that a second person approved or rejected an action, and why. */
    public static AuditEvent decided(EnforcementAction action, String note) {
        Map<String, Object> details = new HashMap<>();
        details.put("actionType", action.type().name());
        details.put("status", action.status().name());
        details.put("requestedBy", action.actor());
        details.put("actor", action.decidedBy());
        details.put("note", note);
        details.put("expiresAt", action.expiresAt() == null ? null : action.expiresAt().toString());
        AuditEventType type = action.status() == ActionStatus.IN_FORCE ? AuditEventType.APPROVED : AuditEventType.REJECTED;
        return new AuditEvent(action.decidedAt(), type, action.id(), action.subject(), CanonicalJson.write(details));
    }

    /** The entry recording that a restriction or suspension ran out, as noticed at {@code recordedAt}. */
    public static AuditEvent expired(EnforcementAction action, Instant recordedAt) {
        Map<String, Object> details = new HashMap<>();
        details.put("actionType", action.type().name());
        details.put("expiresAt", action.expiresAt().toString());
        return new AuditEvent(recordedAt, AuditEventType.EXPIRED, action.id(), action.subject(),
                CanonicalJson.write(details));
    }

    private static AuditEvent taken(AuditEventType type, EnforcementAction action) {
        Map<String, Object> details = new HashMap<>();
        details.put("actionType", action.type().name());
        details.put("category", action.category());
        details.put("origin", action.origin().name());
        details.put("organizationId", action.subject().organizationId());
        details.put("referenceId", action.referenceId());
        details.put("policyVersion", action.provenance().policyVersion());
        details.put("modelVersions", action.provenance().modelVersions());
        details.put("signalIds", action.provenance().signalIds());
        details.put("actor", action.actor());
        details.put("features", action.features());
        details.put("expiresAt", action.expiresAt() == null ? null : action.expiresAt().toString());
        return new AuditEvent(action.createdAt(), type, action.id(), action.subject(), CanonicalJson.write(details));
    }

    /** The entry recording that an action was reverted, by whom and why. */
    public static AuditEvent reverted(EnforcementAction action, String revertedBy) {
        Map<String, Object> details = new HashMap<>();
        details.put("actionType", action.type().name());
        details.put("reason", action.revertReason());
        details.put("actor", revertedBy);
        return new AuditEvent(action.revertedAt(), AuditEventType.REVERTED, action.id(), action.subject(),
                CanonicalJson.write(details));
    }

    /** The entry recording that the identity provider disabled or enabled an account's user. */
    public static AuditEvent identityApplied(Instant appliedAt, IdentityEffectType effect, IdentityCause cause,
            UUID actionId, String accountId, UUID effectId, int attempts) {
        Map<String, Object> details = new HashMap<>();
        details.put("effectId", effectId.toString());
        details.put("cause", cause.name());
        details.put("attempts", attempts);
        AuditEventType type = effect == IdentityEffectType.DISABLE
                ? AuditEventType.IDENTITY_DISABLED
                : AuditEventType.IDENTITY_ENABLED;
        return new AuditEvent(appliedAt, type, actionId, Subject.of(SubjectKind.ACCOUNT, accountId),
                CanonicalJson.write(details));
    }

    /** The entry recording that an action's statement of reasons reached the DSA Transparency Database. */
    public static AuditEvent transparencySubmitted(EnforcementAction action, String puid, Instant submittedAt,
            int attempts) {
        Map<String, Object> details = new HashMap<>();
        details.put("puid", puid);
        details.put("attempts", attempts);
        return new AuditEvent(submittedAt, AuditEventType.TRANSPARENCY_SUBMITTED, action.id(), action.subject(),
                CanonicalJson.write(details));
    }

    /** The bytes that are hashed: every field, in canonical JSON. */
    String canonical() {
        Map<String, Object> entry = new HashMap<>();
        entry.put("occurredAt", occurredAt.toString());
        entry.put("eventType", type.name());
        entry.put("actionId", actionId.toString());
        entry.put("subjectType", subject.kind().name());
        entry.put("subjectId", subject.id());
        entry.put("payload", payload);
        return CanonicalJson.write(entry);
    }
}
