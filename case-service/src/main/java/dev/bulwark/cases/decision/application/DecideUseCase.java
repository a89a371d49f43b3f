package dev.bulwark.cases.decision.application;

import dev.bulwark.cases.casefile.CaseEvent;
import dev.bulwark.cases.casefile.CaseNotFoundException;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.casefile.persistence.CaseJournal;
import dev.bulwark.cases.casefile.persistence.CaseRepository;
import dev.bulwark.cases.decision.Decision;
import dev.bulwark.cases.decision.DecisionRecord;
import dev.bulwark.cases.decision.DecisionResult;
import dev.bulwark.cases.decision.Enforcement;
import dev.bulwark.cases.decision.grpc.ActionGateway;
import dev.bulwark.cases.platform.policy.ActivePolicy;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/**
 * Decides a case. A violating decision is enforced by action-service first, outside any database
 * transaction; only then are the DECIDED event and the closing written, together. If enforcement
 * fails nothing is recorded, and a retry is safe because action-service dedupes on the case's key.
 */
@ApplicationScoped
public class DecideUseCase {

    private final CaseRepository cases;
    private final CaseJournal journal;
    private final ActionGateway action;
    private final ActivePolicy policy;
    private final Clock clock;
    private final MeterRegistry meters;

    public DecideUseCase(CaseRepository cases, CaseJournal journal, ActionGateway action, ActivePolicy policy,
            Clock clock, MeterRegistry meters) {
        this.cases = cases;
        this.journal = journal;
        this.action = action;
        this.policy = policy;
        this.clock = clock;
        this.meters = meters;
    }

    @WithSpan("DecideCase")
    public Uni<DecisionResult> decide(UUID caseId, String reviewer, Decision decision) {
        return Panache.withSession(() -> cases.findById(caseId))
                .map(kase -> checked(kase, caseId, reviewer))
                .chain(kase -> decision.isViolating()
                        ? action.enforce(caseId, kase.subject(), decision, reviewer, policy.current().version())
                        : Uni.createFrom().item(Enforcement.NONE))
                .chain(enforcement -> Panache.withTransaction(() -> cases.findForUpdate(caseId)
                        .chain(kase -> close(checked(kase, caseId, reviewer), reviewer, decision, enforcement))))
                .invoke(result -> meters.counter("bulwark.cases.decisions",
                        "queue", result.queue(), "outcome", decision.outcome().name()).increment());
    }

    /** The lease is checked before enforcing and again, under lock, before closing. */
    private CaseEntity checked(CaseEntity kase, UUID caseId, String reviewer) {
        if (kase == null) {
            throw new CaseNotFoundException(caseId);
        }
        kase.state().decide(reviewer, clock.instant());
        return kase;
    }

    private Uni<DecisionResult> close(CaseEntity kase, String reviewer, Decision decision, Enforcement enforcement) {
        CaseEvent decided = kase.state().decide(reviewer, clock.instant());
        DecisionRecord record = DecisionRecord.of(decision, enforcement, reviewer, decided.occurredAt());
        return journal.append(kase, decided, record.toDetails())
                .map(closed -> new DecisionResult(closed.id, closed.queue, closed.status, record));
    }
}
