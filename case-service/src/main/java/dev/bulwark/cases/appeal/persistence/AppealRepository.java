package dev.bulwark.cases.appeal.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads and writes appeals; callers provide the session or transaction. */
@ApplicationScoped
public class AppealRepository implements PanacheRepositoryBase<AppealEntity, UUID> {

    public Uni<AppealEntity> findByKey(String idempotencyKey) {
        return find("idempotencyKey", idempotencyKey).firstResult();
    }

    /** The unresolved appeal of an action; null when there is none (at most one, by a unique index). */
    public Uni<AppealEntity> findOpenForAction(String actionId) {
        return find("actionId = ?1 and resolution is null", actionId).firstResult();
    }
}
