package dev.bulwark.cases.casefile.persistence;

import dev.bulwark.cases.casefile.CaseStatus;
import dev.bulwark.cases.casefile.Subject;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.UUID;

/** Reads and locks case rows; callers provide the session or transaction. */
@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<CaseEntity, UUID> {

    /**
     * Locks the next claimable case of a queue: highest priority, then oldest. SKIP LOCKED lets
     * concurrent claimers pass over a row another transaction holds, so no two get the same case.
     */
    private static final String CLAIM_NEXT = """
            SELECT * FROM cases
            WHERE queue = :queue
              AND (status = 'OPEN' OR (status = 'CLAIMED' AND lease_expires_at <= :now))
            ORDER BY priority DESC, created_at ASC, id ASC
            LIMIT 1
            FOR UPDATE SKIP LOCKED
            """;

    /** The subject's case that is not closed, locked for update; null when there is none. */
    public Uni<CaseEntity> findUnclosedForUpdate(Subject subject) {
        return find("subjectType = ?1 and subjectId = ?2 and status <> ?3",
                        subject.type(), subject.id(), CaseStatus.CLOSED)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    public Uni<CaseEntity> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The next claimable case of a queue, locked; null when none is free. */
    public Uni<CaseEntity> lockNextClaimable(String queue, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(CLAIM_NEXT, CaseEntity.class)
                .setParameter("queue", queue)
                .setParameter("now", now)
                .getSingleResultOrNull());
    }
}
