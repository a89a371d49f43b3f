package dev.bulwark.action.approval.application;

import dev.bulwark.action.approval.persistence.PendingApprovalRepository;
import dev.bulwark.action.rest.ActionPage;
import dev.bulwark.action.rest.PageCursor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The approvers' queue: pending actions oldest first, a page at a time; and the gauge of its length. */
@ApplicationScoped
public class PendingApprovals {

    /** Most actions one page holds, whatever the caller asks. */
    public static final int MAX_PAGE = 100;

    private final PendingApprovalRepository pending;
    private final ApprovalMetrics metrics;

    public PendingApprovals(PendingApprovalRepository pending, ApprovalMetrics metrics) {
        this.pending = pending;
        this.metrics = metrics;
    }

    /**
     * One page of pending actions.
     *
     * @param after where the previous page ended; null for the first page
     */
    public Uni<ActionPage> page(PageCursor after, int size) {
        int limit = Math.min(size, MAX_PAGE);
        // One more than asked for tells whether another page follows.
        return Panache.withSession(() -> after == null
                        ? pending.page(null, null, limit + 1)
                        : pending.page(after.createdAt(), after.id(), limit + 1))
                .map(rows -> ActionPage.of(rows, limit));
    }

    @Scheduled(every = "${bulwark.action.approval.gauge-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refreshGauge() {
        return Panache.withSession(pending::countPending).invoke(metrics::pending).replaceWithVoid();
    }
}
