package dev.bulwark.cases.casefile.persistence;

import dev.bulwark.cases.casefile.CaseKind;
import dev.bulwark.cases.casefile.CaseStatus;
import dev.bulwark.cases.casefile.Subject;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import dev.bulwark.cases.casefile.ReviewTier;
import dev.bulwark.cases.queue.ClaimFilter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reads and locks case rows; callers provide the session or transaction. */
@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<CaseEntity, UUID> {

    /**
     * Locks the next case of a queue the reviewer may be handed: highest priority, then oldest.
     * Claimable means open, or leased or held with the lease or hold run out; escalated cases only go
     * to senior reviewers; cases the reviewer skipped or decided before (exclusions) and categories at
     * their exposure limit are passed over. SKIP LOCKED lets concurrent claimers pass over a row another
     * transaction holds, so no two get the same case.
     */
    private static final String CLAIM_NEXT = """
            SELECT c.* FROM cases c
            WHERE c.queue = :queue
              AND c.status <> 'CLOSED'
              AND (c.status = 'OPEN'
                   OR (c.status = 'CLAIMED' AND c.lease_expires_at <= :now)
                   OR (c.status = 'AWAITING_INFO' AND c.hold_until <= :now))
              AND c.tier IN (:tiers)
              AND (c.category IS NULL OR c.category NOT IN (:heldBack))
              AND NOT EXISTS (SELECT 1 FROM case_exclusions x WHERE x.case_id = c.id AND x.reviewer = :reviewer)
            ORDER BY c.priority DESC, c.created_at ASC, c.id ASC
            LIMIT 1
            FOR UPDATE OF c SKIP LOCKED
            """;

    /** A category no case has, standing in for an empty held-back list (SQL has no empty IN list). */
    private static final String NO_CATEGORY = "";

    /**
     * The subject's review case that is not closed, locked for update; null when there is none. Appeal
     * and QA cases about the subject stand beside it: new items never join them.
     */
    public Uni<CaseEntity> findUnclosedForUpdate(Subject subject) {
        return find("subjectType = ?1 and subjectId = ?2 and status <> ?3 and kind = ?4",
                        subject.type(), subject.id(), CaseStatus.CLOSED, CaseKind.REVIEW)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    public Uni<CaseEntity> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The next case of a queue the filter lets through, locked; null when none is free. */
    public Uni<CaseEntity> lockNextClaimable(String queue, ClaimFilter filter, Instant now) {
        List<String> tiers = filter.senior()
                ? List.of(ReviewTier.STANDARD.name(), ReviewTier.SENIOR.name())
                : List.of(ReviewTier.STANDARD.name());
        List<String> heldBack = filter.heldBackCategories().isEmpty()
                ? List.of(NO_CATEGORY)
                : List.copyOf(filter.heldBackCategories());
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM_NEXT, CaseEntity.class)
                .setParameter("queue", queue)
                .setParameter("now", now)
                .setParameter("tiers", tiers)
                .setParameter("heldBack", heldBack)
                .setParameter("reviewer", filter.reviewer())
                .getSingleResultOrNull());
    }
}
