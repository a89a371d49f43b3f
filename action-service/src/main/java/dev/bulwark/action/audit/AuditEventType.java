package dev.bulwark.action.audit;

/** What an audit entry records. */
public enum AuditEventType {
    ENFORCED,
    REVERTED,
    IDENTITY_DISABLED,
    IDENTITY_ENABLED,
    /** An action was taken but waits for a second person's approval. */
    APPROVAL_REQUESTED,
    /** A second person approved a pending action, which took effect. */
    APPROVED,
    /** A second person rejected a pending action, which never took effect. */
    REJECTED,
    /** A restriction or suspension ran out by itself. */
    EXPIRED,
    /** A statement of reasons reached the DSA Transparency Database. */
    TRANSPARENCY_SUBMITTED
}
