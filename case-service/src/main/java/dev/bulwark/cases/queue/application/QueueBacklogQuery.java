package dev.bulwark.cases.queue.application;

import dev.bulwark.cases.casefile.CaseStatus;
import dev.bulwark.cases.queue.QueueBacklog;
import dev.bulwark.policy.Queue;
import dev.bulwark.policy.runtime.ActivePolicies;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts the backlog of every queue of the policy, including queues with nothing in them. */
@ApplicationScoped
public class QueueBacklogQuery {

    private static final String BACKLOG = """
            select c.queue,
                   sum(case when c.status = :open or c.leaseExpiresAt <= :now then 1 else 0 end),
                   sum(case when c.status = :claimed and c.leaseExpiresAt > :now then 1 else 0 end),
                   min(c.createdAt),
                   sum(case when c.slaDueAt <= :now then 1 else 0 end)
            from CaseEntity c
            where c.status <> :closed
            group by c.queue
            """;

    private final ActivePolicies policies;
    private final Clock clock;

    public QueueBacklogQuery(ActivePolicies policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    public Uni<List<QueueBacklog>> backlog() {
        Instant now = clock.instant();
        return Panache.withSession(() -> Panache.getSession().chain(session -> session
                        .createSelectionQuery(BACKLOG, Object[].class)
                        .setParameter("open", CaseStatus.OPEN)
                        .setParameter("claimed", CaseStatus.CLAIMED)
                        .setParameter("closed", CaseStatus.CLOSED)
                        .setParameter("now", now)
                        .getResultList()))
                .map(rows -> {
                    Map<String, QueueBacklog> byQueue = new HashMap<>();
                    for (Object[] row : rows) {
                        Instant oldest = (Instant) row[3];
                        byQueue.put((String) row[0], new QueueBacklog((String) row[0], number(row[1]), number(row[2]),
                                Duration.between(oldest, now).toSeconds(), number(row[4])));
                    }
                    return policies.active().policy().routing().queues().stream()
                            .map(Queue::id)
                            .map(id -> byQueue.getOrDefault(id, QueueBacklog.empty(id)))
                            .toList();
                });
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
