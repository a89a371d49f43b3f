package dev.bulwark.action.enforcement.persistence;

import dev.bulwark.action.enforcement.ActionOrigin;
import dev.bulwark.action.enforcement.ActionStatus;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.enforcement.Provenance;
import dev.bulwark.action.notification.Recipient;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.action.subject.SubjectKind;
import dev.bulwark.policy.EnforcementType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Row of {@code enforcement_actions}; mapped to {@link EnforcementAction} before it leaves persistence. */
@Entity
@Table(name = "enforcement_actions")
public class EnforcementActionEntity {

    @Id
    public UUID id;

    @Column(name = "idempotency_key", nullable = false, unique = true, length = 128)
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 32)
    public SubjectKind subjectType;

    @Column(name = "subject_id", nullable = false, length = 256)
    public String subjectId;

    @Column(name = "organization_id", length = 256)
    public String organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_type", nullable = false, length = 16)
    public EnforcementType actionType;

    @Column(nullable = false, length = 128)
    public String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ActionOrigin origin;

    @Column(name = "reference_id", length = 256)
    public String referenceId;

    @Column(name = "policy_version", length = 64)
    public String policyVersion;

    @Column(name = "model_versions", nullable = false)
    public String[] modelVersions = new String[0];

    @Column(name = "signal_ids", nullable = false)
    public String[] signalIds = new String[0];

    @Column(length = 256)
    public String actor;

    /** Comma-separated feature ids (policy ids never contain commas). */
    @Column(nullable = false, length = 512)
    public String features;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "reverted_at")
    public Instant revertedAt;

    @Column(name = "revert_reason", length = 1024)
    public String revertReason;

    @Column(name = "reverted_by", length = 256)
    public String revertedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public ActionStatus status = ActionStatus.IN_FORCE;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by", length = 256)
    public String decidedBy;

    @Column(name = "decision_note", length = 1024)
    public String decisionNote;

    @Column(name = "expired_at")
    public Instant expiredAt;

    /** The product team whose user it is; null when none was named. */
    @Column(length = 256)
    public String tenant;

    @Column(name = "notice_language", length = 35)
    public String noticeLanguage;

    static EnforcementActionEntity from(EnforcementAction action, Recipient recipient, String idempotencyKey,
            String requestHash) {
        EnforcementActionEntity row = new EnforcementActionEntity();
        row.id = action.id();
        row.idempotencyKey = idempotencyKey;
        row.requestHash = requestHash;
        row.subjectType = action.subject().kind();
        row.subjectId = action.subject().id();
        row.organizationId = action.subject().organizationId();
        row.actionType = action.type();
        row.category = action.category();
        row.origin = action.origin();
        row.referenceId = action.referenceId();
        row.policyVersion = action.provenance().policyVersion();
        row.modelVersions = action.provenance().modelVersions().toArray(String[]::new);
        row.signalIds = action.provenance().signalIds().toArray(String[]::new);
        row.actor = action.actor();
        row.features = String.join(",", action.features());
        row.createdAt = action.createdAt();
        row.expiresAt = action.expiresAt();
        row.status = action.status();
        row.tenant = recipient.tenant();
        row.noticeLanguage = recipient.language();
        return row;
    }

    /** Records a second person's approval or rejection, with the end an approval moved. */
    public void decide(EnforcementAction decided, String note) {
        status = decided.status();
        decidedAt = decided.decidedAt();
        decidedBy = decided.decidedBy();
        decisionNote = note;
        expiresAt = decided.expiresAt();
    }

    public Subject subject() {
        return new Subject(subjectType, subjectId, organizationId);
    }

    /** Who was told of the action when it was taken, and is told of what becomes of it. */
    public Recipient recipient() {
        return new Recipient(tenant, noticeLanguage);
    }

    public EnforcementAction toDomain() {
        return new EnforcementAction(id, subject(), actionType, category, origin, referenceId,
                new Provenance(policyVersion, List.of(modelVersions), List.of(signalIds)), actor,
                features.isEmpty() ? null : Arrays.asList(features.split(",")),
                createdAt, expiresAt, revertedAt, revertReason, status, decidedAt, decidedBy, expiredAt);
    }
}
