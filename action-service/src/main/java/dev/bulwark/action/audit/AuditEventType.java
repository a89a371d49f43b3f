package dev.bulwark.action.audit;

/** What an audit entry records. */
public enum AuditEventType {
    ENFORCED,
    REVERTED,
    IDENTITY_DISABLED,
    IDENTITY_ENABLED,
    TRANSPARENCY_SUBMITTED
}
