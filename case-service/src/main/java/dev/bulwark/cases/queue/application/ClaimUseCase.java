package dev.bulwark.cases.queue.application;

import dev.bulwark.cases.casefile.CaseEvent;
import dev.bulwark.cases.casefile.CaseEventType;
import dev.bulwark.cases.casefile.CaseNotFoundException;
import dev.bulwark.cases.casefile.CaseState;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.casefile.persistence.CaseJournal;
import dev.bulwark.cases.casefile.persistence.CaseRepository;
import dev.bulwark.cases.platform.config.CasesConfig;
import dev.bulwark.cases.queue.UnknownQueueException;
import dev.bulwark.policy.runtime.ActivePolicies;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Leases the next case of a queue to a reviewer, and gives it back on release. */
@ApplicationScoped
public class ClaimUseCase {

    private final CaseRepository cases;
    private final CaseJournal journal;
    private final ActivePolicies policies;
    private final CasesConfig config;
    private final Clock clock;

    public ClaimUseCase(CaseRepository cases, CaseJournal journal, ActivePolicies policies, CasesConfig config, Clock clock) {
        this.cases = cases;
        this.journal = journal;
        this.policies = policies;
        this.config = config;
        this.clock = clock;
    }

    /** The id of the case now leased to the reviewer, or empty when the queue has nothing claimable. */
    @WithSpan("ClaimCase")
    public Uni<Optional<UUID>> claimNext(String queue, String reviewer) {
        if (policies.active().policy().routing().queue(queue).isEmpty()) {
            return Uni.createFrom().failure(new UnknownQueueException());
        }
        return Panache.withTransaction(() -> {
            Instant now = clock.instant();
            return cases.lockNextClaimable(queue, now).chain(kase -> kase == null
                    ? Uni.createFrom().item(Optional.<UUID>empty())
                    : lease(kase, reviewer, now).map(leased -> Optional.of(leased.id)));
        });
    }

    @WithSpan("ReleaseCase")
    public Uni<Void> release(UUID caseId, String reviewer) {
        return Panache.withTransaction(() -> cases.findForUpdate(caseId).chain(kase -> {
            if (kase == null) {
                return Uni.createFrom().failure(new CaseNotFoundException(caseId));
            }
            CaseEvent released = kase.state().release(reviewer, clock.instant());
            return journal.append(kase, released, Map.of()).replaceWithVoid();
        }));
    }

    private Uni<CaseEntity> lease(CaseEntity kase, String reviewer, Instant now) {
        CaseState before = kase.state();
        List<CaseEvent> events = before.claim(reviewer, now, config.leaseDuration());
        Uni<CaseEntity> chain = Uni.createFrom().item(kase);
        for (CaseEvent event : events) {
            Map<String, Object> details = event.type() == CaseEventType.LEASE_EXPIRED
                    ? Map.of("previousReviewer", before.lease().reviewer(),
                            "leaseExpiredAt", before.lease().expiresAt().toString())
                    : Map.of("leaseExpiresAt", event.until().toString());
            chain = chain.chain(current -> journal.append(current, event, details));
        }
        return chain;
    }
}
