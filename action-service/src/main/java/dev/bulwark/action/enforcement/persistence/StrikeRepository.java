package dev.bulwark.action.enforcement.persistence;

import dev.bulwark.action.enforcement.Strike;
import dev.bulwark.action.subject.Subject;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reads and writes strikes; callers provide the session or transaction. */
@ApplicationScoped
public class StrikeRepository implements PanacheRepositoryBase<StrikeEntity, UUID> {

    /** Strikes the ladder counts: not reverted and not expired. */
    public Uni<Long> countActive(Subject subject, Instant now) {
        return count("subjectType = ?1 and subjectId = ?2 and reverted = false and expiresAt > ?3",
                subject.kind(), subject.id(), now);
    }

    public Uni<List<Strike>> unreverted(Subject subject) {
        return list("subjectType = ?1 and subjectId = ?2 and reverted = false", subject.kind(), subject.id())
                .map(rows -> rows.stream().map(StrikeEntity::toDomain).toList());
    }

    public Uni<StrikeEntity> insert(Strike strike, Subject subject) {
        return persistAndFlush(StrikeEntity.from(strike, subject));
    }

    public Uni<Integer> revertForAction(UUID actionId) {
        return update("reverted = true where actionId = ?1", actionId);
    }
}
