package dev.bulwark.action.enforcement.persistence;

import dev.bulwark.action.enforcement.Strike;
import dev.bulwark.action.subject.Subject;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reads and writes strikes; callers provide the session or transaction. */
@ApplicationScoped
public class StrikeRepository implements PanacheRepositoryBase<StrikeEntity, UUID> {

    private static final String MEMBERS_UNDER_ACTIVE_STRIKES = """
            SELECT count(DISTINCT (s.subject_type, s.subject_id))
            FROM strikes s JOIN enforcement_actions a ON a.id = s.action_id
            WHERE a.organization_id = :organization AND s.subject_type <> 'ORGANIZATION'
              AND NOT s.reverted AND s.expires_at > :now
            """;

    /** Points of the strikes the ladder counts: not reverted and not expired. */
    public Uni<Integer> activePoints(Subject subject, Instant now) {
        return list("subjectType = ?1 and subjectId = ?2 and reverted = false and expiresAt > ?3",
                        subject.kind(), subject.id(), now)
                .map(rows -> rows.stream().mapToInt(row -> row.weight).sum());
    }

    /** How many accounts and API keys of the organisation have strikes that still count. */
    public Uni<Integer> membersUnderActiveStrikes(String organizationId, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(MEMBERS_UNDER_ACTIVE_STRIKES, Long.class)
                        .setParameter("organization", organizationId)
                        .setParameter("now", now)
                        .getSingleResult())
                .map(Long::intValue);
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
