package dev.bulwark.action.audit;

/** What an audit entry records. */
public enum AuditEventType {
    ENFORCED,
    REVERTED
}
