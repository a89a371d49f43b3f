package dev.bulwark.intake.report.persistence;

import dev.bulwark.intake.report.ReportReason;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A stored user report and the case it went to. */
@Entity
@Table(name = "reports")
public class ReportEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    public String fingerprint;

    @Column(name = "reporter_type")
    public String reporterType;

    @Column(name = "reporter_id")
    public String reporterId;

    @Column(name = "target_type")
    public String targetType;

    @Column(name = "target_id")
    public String targetId;

    @Column(name = "target_org_id")
    public String targetOrgId;

    @Column(name = "submission_id")
    public UUID submissionId;

    @Enumerated(EnumType.STRING)
    public ReportReason reason;

    public String details;

    @Column(name = "case_id")
    public String caseId;

    @Column(name = "received_at")
    public Instant receivedAt;

    public static Uni<ReportEntity> findByKey(String tenant, String idempotencyKey) {
        return find("tenant = ?1 and idempotencyKey = ?2", tenant, idempotencyKey).firstResult();
    }
}
