package dev.bulwark.cases.queue.application;

import dev.bulwark.cases.casefile.CaseEvent;
import dev.bulwark.cases.casefile.CaseEventType;
import dev.bulwark.cases.casefile.CaseState;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.casefile.persistence.CaseJournal;
import dev.bulwark.cases.casefile.persistence.CaseRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Returns cases whose lease or hold for information ran out to their queue (LEASE_EXPIRED or
 * RESUMED), so that claims only ever look at OPEN cases. Works in batches; a case locked by someone
 * else is caught on the next pass.
 */
@ApplicationScoped
public class LeaseReaper {

    static final int BATCH = 200;

    private final CaseRepository cases;
    private final CaseJournal journal;
    private final Clock clock;

    public LeaseReaper(CaseRepository cases, CaseJournal journal, Clock clock) {
        this.cases = cases;
        this.journal = journal;
        this.clock = clock;
    }

    @Scheduled(every = "${bulwark.cases.expiry-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return returnExpired().replaceWithVoid();
    }

    /** Returns one batch; answers how many cases went back to their queues. */
    public Uni<Integer> returnExpired() {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> cases.lockExpired(now, BATCH).chain(expired -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (CaseEntity kase : expired) {
                chain = chain.chain(() -> returnToQueue(kase, now));
            }
            return chain.replaceWith(expired.size());
        }));
    }

    private Uni<Void> returnToQueue(CaseEntity kase, Instant now) {
        CaseState before = kase.state();
        return before.returnToQueue(now)
                .map(event -> journal.append(kase, event, details(before, event)).replaceWithVoid())
                .orElseGet(() -> Uni.createFrom().voidItem());
    }

    private static Map<String, Object> details(CaseState before, CaseEvent event) {
        return event.type() == CaseEventType.LEASE_EXPIRED
                ? Map.of("previousReviewer", before.lease().reviewer(), "leaseExpiredAt", before.lease().expiresAt().toString())
                : Map.of("holdEndedAt", before.holdUntil().toString());
    }
}
