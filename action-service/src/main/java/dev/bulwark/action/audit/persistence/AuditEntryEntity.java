package dev.bulwark.action.audit.persistence;

import dev.bulwark.action.audit.AuditEntry;
import dev.bulwark.action.audit.AuditEvent;
import dev.bulwark.action.audit.AuditEventType;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.action.subject.SubjectKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code audit_log}; written once, never updated. */
@Entity
@Table(name = "audit_log")
public class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 32)
    public AuditEventType eventType;

    @Column(name = "action_id", nullable = false)
    public UUID actionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 32)
    public SubjectKind subjectType;

    @Column(name = "subject_id", nullable = false, length = 256)
    public String subjectId;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "prev_hash", nullable = false, length = 64)
    public String prevHash;

    @Column(nullable = false, length = 64)
    public String hash;

    static AuditEntryEntity from(AuditEvent event, String prevHash, String hash) {
        AuditEntryEntity row = new AuditEntryEntity();
        row.occurredAt = event.occurredAt();
        row.eventType = event.type();
        row.actionId = event.actionId();
        row.subjectType = event.subject().kind();
        row.subjectId = event.subject().id();
        row.payload = event.payload();
        row.prevHash = prevHash;
        row.hash = hash;
        return row;
    }

    AuditEntry toDomain() {
        AuditEvent event = new AuditEvent(occurredAt, eventType, actionId, Subject.of(subjectType, subjectId), payload);
        return new AuditEntry(seq, event, prevHash, hash);
    }
}
