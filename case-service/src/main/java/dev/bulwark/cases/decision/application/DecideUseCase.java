package dev.bulwark.cases.decision.application;

import dev.bulwark.cases.casefile.CaseEvent;
import dev.bulwark.cases.casefile.CaseNotFoundException;
import dev.bulwark.cases.casefile.Explanation;
import dev.bulwark.cases.casefile.Lease;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.casefile.persistence.CaseItemEntity;
import dev.bulwark.cases.casefile.persistence.CaseItemRepository;
import dev.bulwark.cases.casefile.persistence.CaseJournal;
import dev.bulwark.cases.casefile.persistence.CaseRepository;
import dev.bulwark.cases.decision.Decision;
import dev.bulwark.cases.decision.DecisionRecord;
import dev.bulwark.cases.decision.DecisionResult;
import dev.bulwark.cases.decision.Enforcement;
import dev.bulwark.cases.decision.Outcome;
import dev.bulwark.cases.decision.Provenance;
import dev.bulwark.cases.decision.application.DecisionEffects.DecidedCase;
import dev.bulwark.cases.decision.persistence.CaseDecisionEntity;
import dev.bulwark.cases.decision.persistence.CaseDecisionRepository;
import dev.bulwark.cases.platform.config.CasesConfig;
import dev.bulwark.policy.PolicyDocument;
import dev.bulwark.policy.UsagePolicy;
import dev.bulwark.policy.runtime.ActivePolicies;
import dev.bulwark.tracecontext.TraceParent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.arc.All;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Decides a case under the policy version the case was opened under.
 *
 * <p>A closing decision first carries out its effects (enforcement, reversal) outside any database
 * transaction; only then are the DECIDED event, the decision row and the closing written, together.
 * If the effects fail nothing is recorded, and a retry is safe because the effects are idempotent per
 * case. An escalation or a request for information only moves the case and is recorded at once.
 */
@ApplicationScoped
public class DecideUseCase {

    private final CaseRepository cases;
    private final CaseItemRepository items;
    private final CaseJournal journal;
    private final CaseDecisionRepository decisions;
    private final List<DecisionEffects> effects;
    private final List<DecisionRecorded> listeners;
    private final ActivePolicies policies;
    private final CasesConfig config;
    private final Clock clock;
    private final DecisionMetrics metrics;

    public DecideUseCase(CaseRepository cases, CaseItemRepository items, CaseJournal journal,
            CaseDecisionRepository decisions, @All List<DecisionEffects> effects, @All List<DecisionRecorded> listeners,
            ActivePolicies policies, CasesConfig config, Clock clock, DecisionMetrics metrics) {
        this.cases = cases;
        this.items = items;
        this.journal = journal;
        this.decisions = decisions;
        this.effects = List.copyOf(effects);
        this.listeners = List.copyOf(listeners);
        this.policies = policies;
        this.config = config;
        this.clock = clock;
        this.metrics = metrics;
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
                .chain(pending -> pending.decision().outcome().closes()
                        ? close(pending, reviewer)
                        : passOn(pending, reviewer))
                .invoke(result -> metrics.decided(result.queue(), result.decision().outcome()));
    }

    /** The decision is traced on its own; links lead from it to the submissions it decides. */
    private static void linkToTracesOf(List<CaseItemEntity> caseItems) {
        Span decision = Span.current();
        caseItems.stream()
                .map(item -> TraceParent.linkTo(item.traceParent))
                .filter(SpanContext::isValid)
                .forEach(decision::addLink);
    }

    /** A decision read under the case's policy, not yet carried out or recorded. */
    private record Pending(CaseEntity kase, Decision decision, Provenance provenance) {}

    private Pending pending(CaseEntity kase, List<CaseItemEntity> caseItems, Function<UsagePolicy, Decision> decisionUnder) {
        linkToTracesOf(caseItems);
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

    private Uni<DecisionResult> close(Pending pending, String reviewer) {
        CaseEntity kase = pending.kase();
        DecidedCase decided = new DecidedCase(kase.id, kase.subject(), pending.decision(), reviewer,
                pending.provenance(), pending.provenance().policyVersion(), kase.tenant, kase.language);
        return effectsOf(kase).carryOut(decided)
                .chain(enforcement -> Panache.withTransaction(() -> cases.findForUpdate(kase.id)
                        .chain(locked -> record(checked(locked, kase.id, reviewer), reviewer, pending, enforcement))));
    }

    private DecisionEffects effectsOf(CaseEntity kase) {
        return effects.stream()
                .filter(e -> e.kind() == kase.kind)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no decision effects for " + kase.kind + " cases"));
    }

    /** The lease is checked before carrying out effects and again, under lock, before closing. */
    private CaseEntity checked(CaseEntity kase, UUID caseId, String reviewer) {
        if (kase == null) {
            throw new CaseNotFoundException(caseId);
        }
        kase.state().decide(reviewer, clock.instant());
        return kase;
    }

    private Uni<DecisionResult> record(CaseEntity kase, String reviewer, Pending pending, Enforcement enforcement) {
        Lease lease = kase.state().lease();
        CaseEvent decided = kase.state().decide(reviewer, clock.instant());
        DecisionRecord record = DecisionRecord.of(pending.decision(), enforcement, reviewer, decided.occurredAt(),
                pending.provenance().policyVersion());
        Duration handling = lease.heldFor(decided.occurredAt());
        Uni<Void> recorded = journal.append(kase, decided, record.toDetails())
                .chain(closed -> decisions.persist(decisionRow(closed, lease, record, handling)))
                .replaceWithVoid();
        for (DecisionRecorded listener : listeners) {
            recorded = recorded.chain(() -> listener.onRecorded(kase, record));
        }
        return recorded
                .invoke(() -> metrics.handled(kase.queue, kase.kind.name(), pending.decision().outcome(), handling))
                .map(ignored -> new DecisionResult(kase.id, kase.queue, kase.status, record));
    }

    private static CaseDecisionEntity decisionRow(CaseEntity kase, Lease lease, DecisionRecord record, Duration handling) {
        CaseDecisionEntity row = new CaseDecisionEntity();
        row.caseId = kase.id;
        row.kind = kase.kind;
        row.queue = kase.queue;
        row.reviewer = record.reviewer();
        row.outcome = record.outcome().name();
        row.category = record.category();
        row.action = record.action();
        row.actionIds = record.actionIds().toArray(String[]::new);
        row.claimedAt = lease.claimedAt();
        row.decidedAt = record.decidedAt();
        row.handlingMs = handling.toMillis();
        return row;
    }

    /** Escalates the case or puts it on hold; nothing leaves case-service. */
    private Uni<DecisionResult> passOn(Pending pending, String reviewer) {
        UUID caseId = pending.kase().id;
        return Panache.withTransaction(() -> cases.findForUpdate(caseId).chain(locked -> {
            CaseEntity kase = checked(locked, caseId, reviewer);
            Instant now = clock.instant();
            CaseEvent event = pending.decision().outcome() == Outcome.ESCALATE
                    ? kase.state().escalate(reviewer, now)
                    : kase.state().requestInfo(reviewer, now, now.plus(config.infoHold()));
            DecisionRecord record = DecisionRecord.of(pending.decision(), Enforcement.NONE, reviewer, now,
                    pending.provenance().policyVersion());
            return journal.append(kase, event, record.toDetails())
                    .map(moved -> new DecisionResult(moved.id, moved.queue, moved.status, record));
        }));
    }
}
