package dev.bulwark.cases.queue.application;

import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.queue.CasePriority;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Recomputes the priority of cases that have waited another hour, so that age moves them up the
 * claim order. Works in batches; cases locked by a claim are passed over and caught next time.
 */
@ApplicationScoped
public class PriorityRefresh {

    static final int BATCH = 500;

    private static final String STALE = """
            SELECT * FROM cases
            WHERE status <> 'CLOSED' AND priority_at <= :before
            ORDER BY priority_at
            LIMIT :batch
            FOR UPDATE SKIP LOCKED
            """;

    private final Clock clock;

    public PriorityRefresh(Clock clock) {
        this.clock = clock;
    }

    @Scheduled(every = "${bulwark.cases.priority-refresh-interval}", delayed = "${bulwark.cases.priority-refresh-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return refresh().replaceWithVoid();
    }

    /** Refreshes one batch; returns how many cases it recomputed. */
    public Uni<Integer> refresh() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(STALE, CaseEntity.class)
                        .setParameter("before", now.minus(Duration.ofHours(1)))
                        .setParameter("batch", BATCH)
                        .getResultList())
                .map(stale -> recompute(stale, now)));
    }

    private static int recompute(List<CaseEntity> stale, Instant now) {
        for (CaseEntity kase : stale) {
            kase.priority = CasePriority.of(kase.severity, kase.itemCount, kase.reportCount, kase.reach,
                    Duration.between(kase.createdAt, now));
            kase.priorityAt = now;
        }
        return stale.size();
    }
}
