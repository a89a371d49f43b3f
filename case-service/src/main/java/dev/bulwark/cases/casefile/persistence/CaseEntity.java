package dev.bulwark.cases.casefile.persistence;

import dev.bulwark.cases.casefile.CaseKind;
import dev.bulwark.cases.casefile.CaseState;
import dev.bulwark.cases.casefile.CaseStatus;
import dev.bulwark.cases.casefile.Lease;
import dev.bulwark.cases.casefile.ReviewTier;
import dev.bulwark.cases.casefile.Subject;
import dev.bulwark.cases.casefile.SubjectType;
import dev.bulwark.policy.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Row of {@code cases}; status, lease, tier, hold, item count and closing time are written only by
 * {@link CaseJournal}.
 */
@Entity
@Table(name = "cases")
public class CaseEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false)
    public SubjectType subjectType;

    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    @Column(name = "organization_id")
    public String organizationId;

    @Column(nullable = false)
    public String queue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Column(nullable = false)
    public int priority;

    public String category;

    @Column(name = "item_count", nullable = false)
    public int itemCount;

    @Column(name = "policy_version")
    public String policyVersion;

    @Column(name = "sla_due_at", nullable = false)
    public Instant slaDueAt;

    @Column(name = "lease_owner")
    public String leaseOwner;

    @Column(name = "lease_expires_at")
    public Instant leaseExpiresAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseKind kind = CaseKind.REVIEW;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewTier tier = ReviewTier.STANDARD;

    @Column(name = "hold_until")
    public Instant holdUntil;

    @Column(name = "lease_claimed_at")
    public Instant leaseClaimedAt;

    /** The policy severity of the case's category (MEDIUM without one), for priority and routing. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity = Severity.MEDIUM;

    /** Surface and language of the first item, which routed the case. */
    public String surface;

    public String language;

    /** The product team whose user or organisation the case is about, from the first item; null when unknown. */
    @Column(length = 256)
    public String tenant;

    /** How many of the case's items are user reports. */
    @Column(name = "report_count", nullable = false)
    public int reportCount;

    /** The largest audience any of the case's items reached, as the product team reported it. */
    @Column(nullable = false)
    public long reach;

    /** When the priority was last computed; it grows with age, so it is refreshed while the case waits. */
    @Column(name = "priority_at", nullable = false)
    public Instant priorityAt;

    /*
     * The near-duplicate fingerprint and cluster (cluster.persistence.ClusterRepository writes them with
     * SQL under the case's lock). Mapped read-only: a flush of this row never overwrites them, and
     * native queries selecting every column still map onto the entity.
     */
    @Column(insertable = false, updatable = false)
    public Long simhash;

    @Column(name = "simhash_band0", insertable = false, updatable = false)
    public Integer simhashBand0;

    @Column(name = "simhash_band1", insertable = false, updatable = false)
    public Integer simhashBand1;

    @Column(name = "simhash_band2", insertable = false, updatable = false)
    public Integer simhashBand2;

    @Column(name = "simhash_band3", insertable = false, updatable = false)
    public Integer simhashBand3;

    @Column(name = "cluster_id", insertable = false, updatable = false)
    public UUID clusterId;

    public Subject subject() {
        return new Subject(subjectType, subjectId, organizationId);
    }

    public CaseState state() {
        Lease lease = leaseOwner == null ? null : new Lease(leaseOwner, leaseClaimedAt, leaseExpiresAt);
        return new CaseState(status, itemCount, lease, closedAt, tier, holdUntil);
    }

    /** Writes a projected state into the row. */
    void project(CaseState state, Instant at) {
        status = state.status();
        itemCount = state.itemCount();
        leaseOwner = state.lease() == null ? null : state.lease().reviewer();
        leaseExpiresAt = state.lease() == null ? null : state.lease().expiresAt();
        leaseClaimedAt = state.lease() == null ? null : state.lease().claimedAt();
        tier = state.tier();
        holdUntil = state.holdUntil();
        closedAt = state.closedAt();
        updatedAt = at;
    }
}
