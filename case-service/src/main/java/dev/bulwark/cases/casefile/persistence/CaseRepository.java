package dev.bulwark.cases.casefile.persistence;

import dev.bulwark.cases.casefile.CaseKind;
import dev.bulwark.cases.casefile.CaseStatus;
import dev.bulwark.cases.casefile.Subject;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reads and locks case rows; callers provide the session or transaction. */
@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<CaseEntity, UUID> {

    /** Cases whose lease or hold has run out, locked, oldest expiry first. */
    private static final String EXPIRED = """
            SELECT * FROM cases
            WHERE (status = 'CLAIMED' AND lease_expires_at <= :now)
               OR (status = 'AWAITING_INFO' AND hold_until <= :now)
            ORDER BY coalesce(lease_expires_at, hold_until)
            LIMIT :batch
            FOR UPDATE SKIP LOCKED
            """;

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

    /** Up to {@code batch} cases whose lease or hold ran out by {@code now}, locked. */
    public Uni<List<CaseEntity>> lockExpired(Instant now, int batch) {
        return Panache.getSession().chain(session -> session.createNativeQuery(EXPIRED, CaseEntity.class)
                .setParameter("now", now)
                .setParameter("batch", batch)
                .getResultList());
    }
}
