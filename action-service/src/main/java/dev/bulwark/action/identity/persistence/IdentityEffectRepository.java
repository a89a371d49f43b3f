package dev.bulwark.action.identity.persistence;

import dev.bulwark.action.identity.EffectOutcome;
import dev.bulwark.action.identity.IdentityEffectType;
import dev.bulwark.action.identity.PlannedEffect;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Records, claims and reads identity effects; callers provide the transaction. */
@ApplicationScoped
public class IdentityEffectRepository implements PanacheRepositoryBase<IdentityEffectEntity, UUID> {

    /** Several relays may run at once: each skips the rows another holds. */
    private static final String CLAIM_DUE = "select * from identity_effects"
            + " where done_at is null and next_attempt_at <= :now"
            + " order by next_attempt_at limit 1 for update skip locked";

    /** Serialises the appliers of one account's effects (namespace 3; subjects 1, audit chain 2). */
    private static final String LOCK_ACCOUNT = "select 1 from pg_advisory_xact_lock(3, hashtext(:account))";

    public Uni<Void> record(UUID actionId, String accountId, List<PlannedEffect> planned, Instant now) {
        return persist(planned.stream().map(p -> IdentityEffectEntity.planned(actionId, accountId, p, now)));
    }

    /** The earliest due effect that no one else is applying, row-locked until the transaction ends; or null. */
    public Uni<IdentityEffectEntity> claimDue(Instant now) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(CLAIM_DUE, IdentityEffectEntity.class)
                        .setParameter("now", now)
                        .getSingleResultOrNull());
    }

    public Uni<Void> lockAccount(String accountId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(LOCK_ACCOUNT, Integer.class)
                        .setParameter("account", accountId)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** The effect last applied to the account's user, or null when none was. */
    public Uni<IdentityEffectType> lastApplied(String accountId) {
        return find("accountId = ?1 and outcome = ?2", Sort.descending("doneAt"), accountId, EffectOutcome.APPLIED)
                .firstResult()
                .map(row -> row == null ? null : row.effect);
    }
}
