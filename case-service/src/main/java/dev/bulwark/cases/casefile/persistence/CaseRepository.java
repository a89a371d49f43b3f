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
     * Locks the next OPEN case of a queue the reviewer may be handed: highest priority, then oldest.
     * Escalated cases only go to senior reviewers; cases the reviewer skipped or decided before
     * (exclusions) and categories at their exposure limit are passed over. SKIP LOCKED lets concurrent
     * claimers pass over a row another transaction holds, so no two get the same case. Cases whose
     * lease or hold ran out are OPEN again once the lease reaper has returned them.
     */
    private static final String CLAIM_NEXT = """
            SELECT c.* FROM cases c
            WHERE c.queue = :queue
              AND c.status = 'OPEN'
              AND c.tier IN (:tiers)
              AND (c.category IS NULL OR c.category NOT IN (:heldBack))
              AND NOT EXISTS (SELECT 1 FROM case_exclusions x WHERE x.case_id = c.id AND x.reviewer = :reviewer)
            ORDER BY c.priority DESC, c.created_at ASC, c.id ASC
            LIMIT 1
            FOR UPDATE OF c SKIP LOCKED
            """;

    /** Cases whose lease or hold has run out, locked, oldest expiry first. */
    private static final String EXPIRED = """
            SELECT * FROM cases
            WHERE (status = 'CLAIMED' AND lease_expires_at <= :now)
               OR (status = 'AWAITING_INFO' AND hold_until <= :now)
            ORDER BY coalesce(lease_expires_at, hold_until)
            LIMIT :batch
            FOR UPDATE SKIP LOCKED
            """;

    /** A category no case has, standing in for an empty held-back list (SQL has no empty IN list). */
    private static final String NO_CATEGORY = "";

    /**
     * The subject's review case that is not closed, locked for update; null when there is none. Appeals
     * and QA samples of the subject stand beside it, so new items never join them.
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
    public Uni<CaseEntity> lockNextClaimable(String queue, ClaimFilter filter) {
        List<String> tiers = filter.senior()
                ? List.of(ReviewTier.STANDARD.name(), ReviewTier.SENIOR.name())
                : List.of(ReviewTier.STANDARD.name());
        List<String> heldBack = filter.heldBackCategories().isEmpty()
                ? List.of(NO_CATEGORY)
                : List.copyOf(filter.heldBackCategories());
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM_NEXT, CaseEntity.class)
                .setParameter("queue", queue)
                .setParameter("tiers", tiers)
                .setParameter("heldBack", heldBack)
                .setParameter("reviewer", filter.reviewer())
                .getSingleResultOrNull());
    }

    /** Up to {@code batch} cases whose lease or hold ran out by {@code now}, locked. */
    public Uni<List<CaseEntity>> lockExpired(Instant now, int batch) {
        return Panache.getSession().chain(session -> session.createNativeQuery(EXPIRED, CaseEntity.class)
                .setParameter("now", now)
                .setParameter("batch", batch)
                .getResultList());
    }
}
