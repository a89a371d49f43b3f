package dev.bulwark.action.enforcement.persistence;

import dev.bulwark.action.enforcement.ActionStatus;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.notification.Recipient;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.policy.EnforcementType;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reads and writes enforcement actions; callers provide the session or transaction. */
@ApplicationScoped
public class EnforcementActionRepository implements PanacheRepositoryBase<EnforcementActionEntity, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("createdAt").and("id");
    /** A total order for keyset paging: ties on the creation time go by id, the same way. */
    private static final Sort NEWEST_FIRST_BY_ID = Sort.descending("createdAt", "id");

    public Uni<EnforcementActionEntity> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResult();
    }

    /** Inserts at once, so a reused idempotency key fails here and not at commit. */
    public Uni<EnforcementActionEntity> insert(EnforcementAction action, Recipient recipient, String idempotencyKey,
            String requestHash) {
        return persistAndFlush(EnforcementActionEntity.from(action, recipient, idempotencyKey, requestHash));
    }

    /** The organisation the subject's latest action recorded it under; null when none did. */
    public Uni<String> organizationOf(Subject subject) {
        return find("subjectType = ?1 and subjectId = ?2 and organizationId is not null", NEWEST_FIRST,
                        subject.kind(), subject.id())
                .firstResult()
                .map(row -> row == null ? null : row.organizationId);
    }

    /** The subject's most recent actions, newest first. */
    public Uni<List<EnforcementAction>> recent(Subject subject, int limit) {
        return find("subjectType = ?1 and subjectId = ?2", NEWEST_FIRST, subject.kind(), subject.id())
                .page(0, limit)
                .list()
                .map(rows -> rows.stream().map(EnforcementActionEntity::toDomain).toList());
    }

    /**
     * Up to {@code size} of the subject's actions, newest first; older than the one at ({@code beforeCreatedAt},
     * {@code beforeId}) when given.
     */
    public Uni<List<EnforcementAction>> history(Subject subject, Instant beforeCreatedAt, UUID beforeId, int size) {
        var query = beforeCreatedAt == null
                ? find("subjectType = ?1 and subjectId = ?2", NEWEST_FIRST_BY_ID, subject.kind(), subject.id())
                : find("subjectType = ?1 and subjectId = ?2 and (createdAt < ?3 or (createdAt = ?3 and id < ?4))",
                        NEWEST_FIRST_BY_ID, subject.kind(), subject.id(), beforeCreatedAt, beforeId);
        return query.page(0, size).list()
                .map(rows -> rows.stream().map(EnforcementActionEntity::toDomain).toList());
    }

    /**
     * Every unreverted action in force that can still shape the standing at {@code now}: bans,
     * restrictions and suspensions not yet expired, and actions newer than {@code warningCutoff}.
     * Actions waiting for approval or rejected never do.
     */
    public Uni<List<EnforcementAction>> possiblyInForce(Subject subject, Instant now, Instant warningCutoff) {
        return list("subjectType = ?1 and subjectId = ?2 and revertedAt is null and status = ?6"
                        + " and (actionType = ?3 or expiresAt > ?4 or createdAt > ?5)",
                subject.kind(), subject.id(), EnforcementType.BAN, now, warningCutoff, ActionStatus.IN_FORCE)
                .map(rows -> rows.stream().map(EnforcementActionEntity::toDomain).toList());
    }
}
