package dev.bulwark.action.approval.application;

import dev.bulwark.action.approval.PageCursor;
import dev.bulwark.action.approval.persistence.PendingApprovalRepository;
import dev.bulwark.action.enforcement.EnforcementAction;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

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
    public Uni<Page> page(PageCursor after, int size) {
        int limit = Math.min(size, MAX_PAGE);
        // One more than asked for tells whether another page follows.
        return Panache.withSession(() -> after == null
                        ? pending.page(null, null, limit + 1)
                        : pending.page(after.createdAt(), after.id(), limit + 1))
                .map(rows -> rows.size() > limit
                        ? new Page(rows.subList(0, limit), PageCursor.after(rows.get(limit - 1)))
                        : new Page(rows, null));
    }

    /** @param next where the next page starts; null on the last page */
    public record Page(List<EnforcementAction> actions, PageCursor next) {}

    @Scheduled(every = "${bulwark.action.approval.gauge-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refreshGauge() {
        return Panache.withSession(pending::countPending).invoke(metrics::pending).replaceWithVoid();
    }
}
