package dev.bulwark.action.expiry.persistence;

import dev.bulwark.action.enforcement.persistence.EnforcementActionEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Claims the actions whose end has come; callers provide the transaction. */
@ApplicationScoped
public class DueExpiryRepository implements PanacheRepositoryBase<EnforcementActionEntity, UUID> {

    /** Follows the partial index ix_enforcement_actions_due_expiry; several sweeps skip each other's rows. */
    private static final String CLAIM_DUE = "select * from enforcement_actions"
            + " where expired_at is null and reverted_at is null and status = 'IN_FORCE' and expires_at <= :now"
            + " order by expires_at limit :batch for update skip locked";

    /** Up to {@code batch} due actions no one else is expiring, row-locked until the transaction ends. */
    public Uni<List<EnforcementActionEntity>> claimDue(Instant now, int batch) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(CLAIM_DUE, EnforcementActionEntity.class)
                        .setParameter("now", now)
                        .setParameter("batch", batch)
                        .getResultList());
    }
}
