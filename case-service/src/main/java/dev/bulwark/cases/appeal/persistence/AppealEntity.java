package dev.bulwark.cases.appeal.persistence;

import dev.bulwark.cases.appeal.ActionOrigin;
import dev.bulwark.cases.appeal.AppealStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code appeals}: an appeal of an enforcement action, keyed by the case that reviews it. */
@Entity
@Table(name = "appeals")
public class AppealEntity {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "idempotency_key", nullable = false, unique = true)
    public String idempotencyKey;

    @Column(name = "action_id", nullable = false)
    public String actionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action_origin", nullable = false)
    public ActionOrigin actionOrigin;

    @Column(name = "original_case_id")
    public UUID originalCaseId;

    @Column(name = "original_reviewer")
    public String originalReviewer;

    /** The appealed action's category, also the appeal case's. */
    public String category;

    @Column(name = "filed_by", nullable = false)
    public String filedBy;

    public String statement;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    /** UPHELD or OVERTURNED once decided; null while open. */
    @Enumerated(EnumType.STRING)
    public AppealStatus resolution;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    public AppealStatus status() {
        return resolution == null ? AppealStatus.OPEN : resolution;
    }
}
