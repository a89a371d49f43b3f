package dev.bulwark.cases.decision.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads and writes the decision index. */
@ApplicationScoped
public class CaseDecisionRepository implements PanacheRepositoryBase<CaseDecisionEntity, UUID> {

    private static final String BY_ACTION = "SELECT * FROM case_decisions WHERE :actionId = ANY(action_ids) LIMIT 1";

    /** The decision that produced an enforcement action; null when no reviewer decided it (automation). */
    public Uni<CaseDecisionEntity> findByActionId(String actionId) {
        return getSession().chain(session -> session.createNativeQuery(BY_ACTION, CaseDecisionEntity.class)
                .setParameter("actionId", actionId)
                .getSingleResultOrNull());
    }
}
