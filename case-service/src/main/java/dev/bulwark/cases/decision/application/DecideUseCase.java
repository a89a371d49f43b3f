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
import dev.bulwark.policy.PolicyDocument;
import dev.bulwark.policy.UsagePolicy;
import dev.bulwark.policy.runtime.ActivePolicies;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;

/**
 * Decides a case under the policy version the case was opened under. A violating decision is
 * enforced by action-service first, outside any database transaction; only then are the DECIDED
 * event and the closing written, together. If enforcement fails nothing is recorded, and a retry is
 * safe because action-service dedupes on the case's key.
 */
@ApplicationScoped
public class DecideUseCase {

    private final CaseRepository cases;
    private final CaseJournal journal;
    private final ActionGateway action;
    private final ActivePolicies policies;
    private final Clock clock;
    private final MeterRegistry meters;

    public DecideUseCase(CaseRepository cases, CaseJournal journal, ActionGateway action, ActivePolicies policies,
            Clock clock, MeterRegistry meters) {
        this.cases = cases;
        this.journal = journal;
        this.action = action;
        this.policies = policies;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * @param decisionUnder reads the reviewer's input under the case's policy (its categories), so a
     *     decision is judged by the rules the case was opened under, not by a later version
     */
    @WithSpan("DecideCase")
    public Uni<DecisionResult> decide(UUID caseId, String reviewer, Function<UsagePolicy, Decision> decisionUnder) {
        return Panache.withSession(() -> cases.findById(caseId))
                .map(kase -> checked(kase, caseId, reviewer))
                .chain(kase -> {
                    PolicyDocument policy = policies.forDecision(kase.policyVersion);
                    String policyVersion = kase.policyVersion != null ? kase.policyVersion : policy.version();
                    Decision decision = decisionUnder.apply(policy.policy());
                    return enforce(kase, decision, reviewer, policyVersion)
                            .chain(enforcement -> Panache.withTransaction(() -> cases.findForUpdate(caseId)
                                    .chain(locked -> close(checked(locked, caseId, reviewer), reviewer, decision,
                                            enforcement, policyVersion))));
                })
                .invoke(result -> meters.counter("bulwark.cases.decisions",
                        "queue", result.queue(), "outcome", result.decision().outcome().name()).increment());
    }

    private Uni<Enforcement> enforce(CaseEntity kase, Decision decision, String reviewer, String policyVersion) {
        return decision.isViolating()
                ? action.enforce(kase.id, kase.subject(), decision, reviewer, policyVersion)
                : Uni.createFrom().item(Enforcement.NONE);
    }

    /** The lease is checked before enforcing and again, under lock, before closing. */
    private CaseEntity checked(CaseEntity kase, UUID caseId, String reviewer) {
        if (kase == null) {
            throw new CaseNotFoundException(caseId);
        }
        kase.state().decide(reviewer, clock.instant());
        return kase;
    }

    private Uni<DecisionResult> close(CaseEntity kase, String reviewer, Decision decision, Enforcement enforcement,
            String policyVersion) {
        CaseEvent decided = kase.state().decide(reviewer, clock.instant());
        DecisionRecord record = DecisionRecord.of(decision, enforcement, reviewer, decided.occurredAt(), policyVersion);
        return journal.append(kase, decided, record.toDetails())
                .map(closed -> new DecisionResult(closed.id, closed.queue, closed.status, record));
    }
}
