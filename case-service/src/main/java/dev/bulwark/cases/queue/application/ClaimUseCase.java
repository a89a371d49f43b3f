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
import dev.bulwark.cases.queue.ClaimFilter;
import dev.bulwark.cases.queue.SystemQueue;
import dev.bulwark.cases.queue.UnknownQueueException;
import dev.bulwark.cases.wellness.ExposureLimits;
import dev.bulwark.cases.wellness.persistence.ExposureLedger;
import dev.bulwark.cases.wellness.persistence.ExposureLedger.Exposure;
import dev.bulwark.policy.runtime.ActivePolicies;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Leases the next case of a queue to a reviewer, and gives it back on release or skip. One
 * transaction per claim: read the reviewer's exposure today, lock the next case they may be handed,
 * record the lease and count the exposure.
 */
@ApplicationScoped
public class ClaimUseCase {

    private final CaseRepository cases;
    private final CaseJournal journal;
    private final CaseExclusions exclusions;
    private final ExposureLedger exposure;
    private final ExposureLimits limits;
    private final ActivePolicies policies;
    private final CasesConfig config;
    private final Clock clock;
    private final MeterRegistry meters;

    public ClaimUseCase(CaseRepository cases, CaseJournal journal, CaseExclusions exclusions, ExposureLedger exposure,
            ActivePolicies policies, CasesConfig config, Clock clock, MeterRegistry meters) {
        this.cases = cases;
        this.journal = journal;
        this.exclusions = exclusions;
        this.exposure = exposure;
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
        return Panache.withTransaction(() -> {
            Instant now = clock.instant();
            return exposure.today(reviewer, now)
                    .map(today -> new ClaimFilter(reviewer, access.isSenior(), limits.reached(handed(today))))
                    .chain(filter -> cases.lockNextClaimable(queue, filter))
                    .chain(kase -> kase == null
                            ? Uni.createFrom().item(Optional.<UUID>empty())
                            : lease(kase, reviewer, now).map(leased -> Optional.of(leased.id)));
        }).invoke(claimed -> meters.counter("bulwark.cases.claims", "queue", queue,
                "result", claimed.isPresent() ? "claimed" : "empty").increment());
    }

    @WithSpan("ReleaseCase")
    public Uni<Void> release(UUID caseId, String reviewer) {
        return Panache.withTransaction(() -> locked(caseId).chain(kase ->
                journal.append(kase, kase.state().release(reviewer, clock.instant()), Map.of()).replaceWithVoid()));
    }

    /** Gives the case back for someone else; the claim query never hands it to this reviewer again. */
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

    private static Map<String, Integer> handed(Map<String, Exposure> today) {
        return today.values().stream().collect(Collectors.toMap(Exposure::category, Exposure::handed));
    }

    private Uni<CaseEntity> lease(CaseEntity kase, String reviewer, Instant now) {
        // The claim query locks OPEN cases only, so the claim is the one CLAIMED event.
        CaseEvent claimed = kase.state().claim(reviewer, now, config.leaseDuration()).get(0);
        Uni<CaseEntity> leased = journal.append(kase, claimed, Map.of("leaseExpiresAt", claimed.until().toString()));
        return kase.category == null
                ? leased
                : leased.call(row -> exposure.handed(reviewer, row.category, now));
    }
}
