package dev.bulwark.action.approval.persistence;

import dev.bulwark.action.enforcement.ActionStatus;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.enforcement.persistence.EnforcementActionEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reads the actions waiting for approval, oldest first; callers provide the session. */
@ApplicationScoped
public class PendingApprovalRepository implements PanacheRepositoryBase<EnforcementActionEntity, UUID> {

    private static final Sort OLDEST_FIRST = Sort.ascending("createdAt", "id");

    /** Up to {@code size} pending actions, from the oldest; after the one at ({@code afterCreatedAt}, {@code afterId}) when given. */
    public Uni<List<EnforcementAction>> page(Instant afterCreatedAt, UUID afterId, int size) {
        var query = afterCreatedAt == null
                ? find("status = ?1", OLDEST_FIRST, ActionStatus.PENDING_APPROVAL)
                : find("status = ?1 and (createdAt > ?2 or (createdAt = ?2 and id > ?3))", OLDEST_FIRST,
                        ActionStatus.PENDING_APPROVAL, afterCreatedAt, afterId);
        return query.page(0, size).list()
                .map(rows -> rows.stream().map(EnforcementActionEntity::toDomain).toList());
    }

    public Uni<Long> countPending() {
        return count("status", ActionStatus.PENDING_APPROVAL);
    }
}
