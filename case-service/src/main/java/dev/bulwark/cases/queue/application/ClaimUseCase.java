package dev.bulwark.cases.queue.application;

import dev.bulwark.cases.access.QueueAccess;
import dev.bulwark.cases.casefile.CaseEvent;
import dev.bulwark.cases.casefile.CaseNotFoundException;
import dev.bulwark.cases.casefile.ExclusionReason;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.casefile.persistence.CaseExclusions;
import dev.bulwark.cases.casefile.persistence.CaseJournal;
import dev.bulwark.cases.casefile.persistence.CaseRepository;
import dev.bulwark.cases.platform.config.CasesConfig;
import dev.bulwark.cases.queue.SystemQueue;
import dev.bulwark.cases.queue.UnknownQueueException;
import dev.bulwark.cases.queue.persistence.ClaimStatement;
import dev.bulwark.cases.wellness.ExposureLimits;
import dev.bulwark.policy.runtime.ActivePolicies;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Leases the next case of a queue to a reviewer, and gives it back on release or skip. A claim is one
 * atomic statement ({@link ClaimStatement}); release and skip lock the case and go through the journal.
 */
@ApplicationScoped
public class ClaimUseCase {

    private final ClaimStatement claimStatement;
    private final CaseRepository cases;
    private final CaseJournal journal;
    private final CaseExclusions exclusions;
    private final ExposureLimits limits;
    private final ActivePolicies policies;
    private final CasesConfig config;
    private final Clock clock;
    private final MeterRegistry meters;

    public ClaimUseCase(ClaimStatement claimStatement, CaseRepository cases, CaseJournal journal,
            CaseExclusions exclusions, ActivePolicies policies, CasesConfig config, Clock clock, MeterRegistry meters) {
        this.claimStatement = claimStatement;
        this.cases = cases;
        this.journal = journal;
        this.exclusions = exclusions;
        this.limits = new ExposureLimits(config.wellness().dailyLimits());
        this.policies = policies;
        this.config = config;
        this.clock = clock;
        this.meters = meters;
    }

    /** The id of the case now leased to the reviewer, or empty when the queue has nothing for them. */
    @WithSpan("ClaimCase")
    public Uni<Optional<UUID>> claimNext(String queue, String reviewer, QueueAccess access) {
        if (!isKnown(queue)) {
            return Uni.createFrom().failure(new UnknownQueueException());
        }
        CaseEvent claimed = CaseEvent.claimed(reviewer, clock.instant(), config.leaseDuration());
        return claimStatement.claimNext(queue, claimed, access.isSenior(), limits)
                .invoke(leased -> meters.counter("bulwark.cases.claims", "queue", queue,
                        "result", leased.isPresent() ? "claimed" : "empty").increment());
    }

    @WithSpan("ReleaseCase")
    public Uni<Void> release(UUID caseId, String reviewer) {
        return Panache.withTransaction(() -> locked(caseId).chain(kase ->
                journal.append(kase, kase.state().release(reviewer, clock.instant()), Map.of()).replaceWithVoid()));
    }

    /** Gives the case back for someone else; the claim never hands it to this reviewer again. */
    @WithSpan("SkipCase")
    public Uni<Void> skip(UUID caseId, String reviewer) {
        return Panache.withTransaction(() -> locked(caseId).chain(kase ->
                journal.append(kase, kase.state().skip(reviewer, clock.instant()), Map.of())
                        .chain(skipped -> exclusions.exclude(skipped.id, reviewer, ExclusionReason.SKIPPED))));
    }

    private boolean isKnown(String queue) {
        return SystemQueue.of(queue).isPresent() || policies.active().policy().routing().queue(queue).isPresent();
    }

    private Uni<CaseEntity> locked(UUID caseId) {
        return cases.findForUpdate(caseId).onItem().ifNull().failWith(() -> new CaseNotFoundException(caseId));
    }
}
