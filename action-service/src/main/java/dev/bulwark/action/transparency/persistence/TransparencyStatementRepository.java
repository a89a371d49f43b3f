package dev.bulwark.action.transparency.persistence;

import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.enforcement.persistence.EnforcementActionEntity;
import dev.bulwark.action.transparency.StatementState;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Records, claims and lists statements of reasons; callers provide the transaction. */
@ApplicationScoped
public class TransparencyStatementRepository implements PanacheRepositoryBase<TransparencyStatementEntity, UUID> {

    /** One scanner at a time across replicas (namespace 4; subjects 1, audit chain 2, accounts 3). */
    private static final String LOCK_SCAN = "select 1 from pg_advisory_xact_lock(4, 0)";

    /**
     * Reportable actions in force that have no statement yet, oldest first; an action waiting for
     * approval is reported once approved, a rejected one never.
     */
    private static final String UNREPORTED = "select a.* from enforcement_actions a"
            + " where a.action_type <> 'WARN' and a.reverted_at is null and a.status = 'IN_FORCE'"
            + " and not exists (select 1 from transparency_statements s where s.action_id = a.id)"
            + " order by a.created_at, a.id limit :limit";

    /** Several exporters may run at once: each skips the rows another is sending. */
    private static final String CLAIM_DUE = "select * from transparency_statements"
            + " where state = 'PENDING' and next_attempt_at <= :now"
            + " order by next_attempt_at, action_id limit :limit for update skip locked";

    private static final Sort LISTING = Sort.ascending("createdAt").and("actionId");

    public Uni<Void> lockScan() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(LOCK_SCAN, Integer.class).getSingleResult())
                .replaceWithVoid();
    }

    public Uni<List<EnforcementAction>> unreportedActions(int limit) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(UNREPORTED, EnforcementActionEntity.class)
                        .setParameter("limit", limit)
                        .getResultList())
                .map(rows -> rows.stream().map(EnforcementActionEntity::toDomain).toList());
    }

    /** Up to {@code limit} due PENDING statements no one else is sending, row-locked until the transaction ends. */
    public Uni<List<TransparencyStatementEntity>> claimDue(Instant now, int limit) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(CLAIM_DUE, TransparencyStatementEntity.class)
                        .setParameter("now", now)
                        .setParameter("limit", limit)
                        .getResultList());
    }

    /** BLOCKED statements whose category is among {@code mapped}: they can be built now. */
    public Uni<List<TransparencyStatementEntity>> unblockable(Set<String> mapped, int limit) {
        if (mapped.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return find("state = ?1 and category in ?2", LISTING, StatementState.BLOCKED, mapped).page(0, limit).list();
    }

    /**
     * One page in creation order, after the statement at the cursor ({@code afterCreatedAt} and
     * {@code afterActionId} both null for the first page), optionally of one state only.
     */
    public Uni<List<TransparencyStatementEntity>> page(StatementState state, Instant afterCreatedAt, UUID afterActionId,
            int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (state != null) {
            query.append(" and state = :state");
            parameters.and("state", state);
        }
        if (afterCreatedAt != null) {
            query.append(" and (createdAt > :at or (createdAt = :at and actionId > :id))");
            parameters.and("at", afterCreatedAt).and("id", afterActionId);
        }
        return find(query.toString(), LISTING, parameters).page(0, size).list();
    }
}
