package dev.bulwark.cases.decision.application;

import dev.bulwark.cases.casefile.CaseEvent;
import dev.bulwark.cases.casefile.CaseNotFoundException;
import dev.bulwark.cases.casefile.Explanation;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.casefile.persistence.CaseItemEntity;
import dev.bulwark.cases.casefile.persistence.CaseItemRepository;
import dev.bulwark.cases.casefile.persistence.CaseJournal;
import dev.bulwark.cases.casefile.persistence.CaseRepository;
import dev.bulwark.cases.decision.Decision;
import dev.bulwark.cases.decision.DecisionRecord;
import dev.bulwark.cases.decision.DecisionResult;
import dev.bulwark.cases.decision.Enforcement;
import dev.bulwark.cases.decision.Provenance;
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
import java.util.Arrays;
import java.util.List;
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
    private final CaseItemRepository items;
    private final CaseJournal journal;
    private final ActionGateway action;
    private final ActivePolicies policies;
    private final Clock clock;
    private final MeterRegistry meters;

    public DecideUseCase(CaseRepository cases, CaseItemRepository items, CaseJournal journal, ActionGateway action,
            ActivePolicies policies, Clock clock, MeterRegistry meters) {
        this.cases = cases;
        this.items = items;
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
        return Panache.withSession(() -> cases.findById(caseId)
                        .map(kase -> checked(kase, caseId, reviewer))
                        .chain(kase -> items.listForCase(caseId).map(caseItems -> pending(kase, caseItems, decisionUnder))))
                .chain(pending -> enforce(pending, reviewer)
                        .chain(enforcement -> Panache.withTransaction(() -> cases.findForUpdate(caseId)
                                .chain(locked -> close(checked(locked, caseId, reviewer), reviewer, pending, enforcement)))))
                .invoke(result -> meters.counter("bulwark.cases.decisions",
                        "queue", result.queue(), "outcome", result.decision().outcome().name()).increment());
    }

    /** A decision read under the case's policy, not yet enforced or recorded. */
    private record Pending(CaseEntity kase, Decision decision, Provenance provenance) {}

    private Pending pending(CaseEntity kase, List<CaseItemEntity> caseItems, Function<UsagePolicy, Decision> decisionUnder) {
        PolicyDocument policy = policies.forDecision(kase.policyVersion);
        Decision decision = decisionUnder.apply(policy.policy());
        String policyVersion = kase.policyVersion != null ? kase.policyVersion : policy.version();
        return new Pending(kase, decision, provenance(policyVersion, decision, caseItems));
    }

    /** The case's policy version, the models that scored its items, and their signals in the decided category. */
    private static Provenance provenance(String policyVersion, Decision decision, List<CaseItemEntity> caseItems) {
        List<String> models = caseItems.stream().flatMap(i -> Arrays.stream(i.modelVersions)).distinct().toList();
        List<String> signals = caseItems.stream()
                .flatMap(i -> i.explanation.signals().stream())
                .filter(s -> s.category().equals(decision.category()))
                .map(Explanation.Signal::id)
                .distinct()
                .toList();
        return new Provenance(policyVersion, models, signals);
    }

    private Uni<Enforcement> enforce(Pending pending, String reviewer) {
        return pending.decision().isViolating()
                ? action.enforce(pending.kase().id, pending.kase().subject(), pending.decision(), reviewer, pending.provenance())
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

    private Uni<DecisionResult> close(CaseEntity kase, String reviewer, Pending pending, Enforcement enforcement) {
        CaseEvent decided = kase.state().decide(reviewer, clock.instant());
        DecisionRecord record = DecisionRecord.of(pending.decision(), enforcement, reviewer, decided.occurredAt(),
                pending.provenance().policyVersion());
        return journal.append(kase, decided, record.toDetails())
                .map(closed -> new DecisionResult(closed.id, closed.queue, closed.status, record));
    }
}
