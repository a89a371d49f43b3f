package dev.bulwark.classifier.policy.persistence;

import dev.bulwark.classifier.policy.PolicyEvent;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The append-only history of policy changes. */
@ApplicationScoped
public class PolicyEventRepository implements PanacheRepositoryBase<PolicyEventEntity, UUID> {

    /** Every change, oldest first: the order the lifecycle projection replays them in. */
    public Uni<List<PolicyEvent>> history() {
        return listAll(Sort.by("recordedAt").and("id"))
                .map(rows -> rows.stream().map(PolicyEventEntity::toEvent).toList());
    }

    public Uni<PolicyEvent> append(PolicyEvent event) {
        return persist(PolicyEventEntity.of(event)).replaceWith(event);
    }

    /** How many changes are recorded: replicas compare it to notice another replica's change. */
    public Uni<Long> size() {
        return count();
    }
}
