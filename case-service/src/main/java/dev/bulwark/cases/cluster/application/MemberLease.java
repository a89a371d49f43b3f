package dev.bulwark.cases.cluster.application;

import dev.bulwark.cases.casefile.CaseEvent;
import dev.bulwark.cases.casefile.CaseEventType;
import dev.bulwark.cases.casefile.CaseState;
import dev.bulwark.cases.casefile.CaseStatus;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.casefile.persistence.CaseJournal;
import dev.bulwark.cases.casefile.persistence.CaseRepository;
import dev.bulwark.cases.platform.config.CasesConfig;
import dev.bulwark.cases.wellness.persistence.ExposureLedger;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Takes the lease on one given member of a cluster for the senior reviewer deciding the cluster, in
 * its own transaction, so the member is then decided like any claimed case. Like any claim, it counts
 * towards the reviewer's daily exposure to the member's category.
 */
@ApplicationScoped
public class MemberLease {

    /** Whether the caller now holds the member's lease, or why not. */
    public enum Outcome {
        /** Claimed now, or already held by the caller (an earlier try of the same decision). */
        HELD,
        CLOSED,
        LEASED_TO_ANOTHER,
        ON_HOLD
    }

    private final CaseRepository cases;
    private final CaseJournal journal;
    private final ExposureLedger exposure;
    private final CasesConfig config;
    private final Clock clock;

    public MemberLease(CaseRepository cases, CaseJournal journal, ExposureLedger exposure, CasesConfig config, Clock clock) {
        this.cases = cases;
        this.journal = journal;
        this.exposure = exposure;
        this.config = config;
        this.clock = clock;
    }

    public Uni<Outcome> take(UUID caseId, UUID clusterId, String reviewer) {
        return Panache.withTransaction(() -> cases.findForUpdate(caseId).chain(kase -> {
            Instant now = clock.instant();
            CaseState state = kase.state();
            if (state.status() == CaseStatus.CLOSED) {
                return Uni.createFrom().item(Outcome.CLOSED);
            }
            if (state.lease() != null && state.lease().isHeldBy(reviewer, now)) {
                return Uni.createFrom().item(Outcome.HELD);
            }
            if (!state.isClaimableAt(now)) {
                return Uni.createFrom().item(state.status() == CaseStatus.CLAIMED ? Outcome.LEASED_TO_ANOTHER : Outcome.ON_HOLD);
            }
            return lease(kase, clusterId, reviewer, now).replaceWith(Outcome.HELD);
        }));
    }

    private Uni<CaseEntity> lease(CaseEntity kase, UUID clusterId, String reviewer, Instant now) {
        CaseState before = kase.state();
        List<CaseEvent> events = before.claim(reviewer, now, config.leaseDuration());
        Uni<CaseEntity> chain = Uni.createFrom().item(kase);
        for (CaseEvent event : events) {
            Map<String, Object> details = switch (event.type()) {
                case LEASE_EXPIRED -> Map.of("previousReviewer", before.lease().reviewer(),
                        "leaseExpiredAt", before.lease().expiresAt().toString());
                case CLAIMED -> Map.of("leaseExpiresAt", event.until().toString(), "clusterId", clusterId.toString());
                default -> Map.of();
            };
            chain = chain.chain(current -> journal.append(current, event, details));
        }
        return kase.category == null ? chain : chain.call(leased -> exposure.handed(reviewer, leased.category, now));
    }
}
