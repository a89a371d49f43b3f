package dev.bulwark.cases.cluster.application;

import dev.bulwark.cases.access.QueueAccess;
import dev.bulwark.cases.cluster.ClusterListQuery;
import dev.bulwark.cases.cluster.ClusterNotFoundException;
import dev.bulwark.cases.cluster.OpenCluster;
import dev.bulwark.cases.cluster.persistence.ClusterRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reads clusters, limited to the queues the caller may read. */
@ApplicationScoped
public class ClusterQuery {

    private final ClusterRepository clusters;

    public ClusterQuery(ClusterRepository clusters) {
        this.clusters = clusters;
    }

    /** @param withinQueues the queues the caller may read; empty for every queue */
    public Uni<List<OpenCluster>> open(ClusterListQuery query, Optional<Set<String>> withinQueues) {
        if (withinQueues.isPresent() && withinQueues.get().isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.withSession(() -> clusters.open(withinQueues, query.queue(), query.limit()));
    }

    /** A cluster outside the caller's queues is not found, like an unknown one, so its existence does not leak. */
    public Uni<ClusterMembers> members(UUID clusterId, QueueAccess access) {
        return Panache.withSession(() -> clusters.members(clusterId)).map(members -> {
            if (members.isEmpty() || !access.mayRead(members.get(0).queue)) {
                throw new ClusterNotFoundException();
            }
            return new ClusterMembers(clusterId, members.get(0).queue, members);
        });
    }
}
