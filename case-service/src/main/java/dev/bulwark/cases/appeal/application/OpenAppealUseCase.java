package dev.bulwark.cases.appeal.application;

import dev.bulwark.cases.appeal.ActionsUnavailableException;
import dev.bulwark.cases.appeal.AppealRefusedException;
import dev.bulwark.cases.appeal.AppealStatus;
import dev.bulwark.cases.appeal.AppealRefusedException.Reason;
import dev.bulwark.cases.appeal.AppealedAction;
import dev.bulwark.cases.appeal.NewAppeal;
import dev.bulwark.cases.appeal.OpenAppealResult;
import dev.bulwark.cases.appeal.persistence.AppealEntity;
import dev.bulwark.cases.appeal.persistence.AppealRepository;
import dev.bulwark.cases.casefile.CaseEvent;
import dev.bulwark.cases.casefile.CaseKind;
import dev.bulwark.cases.casefile.Explanation;
import dev.bulwark.cases.casefile.ExclusionReason;
import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.casefile.InvalidInputException;
import dev.bulwark.cases.casefile.ItemSource;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.casefile.persistence.CaseExclusions;
import dev.bulwark.cases.casefile.persistence.CaseItemEntity;
import dev.bulwark.cases.casefile.persistence.CaseItemRepository;
import dev.bulwark.cases.casefile.persistence.CaseJournal;
import dev.bulwark.cases.casefile.persistence.CaseRepository;
import dev.bulwark.cases.casefile.persistence.UniqueViolation;
import dev.bulwark.cases.decision.EnforcementUnavailableException;
import dev.bulwark.cases.decision.SubjectStanding.PriorAction;
import dev.bulwark.cases.decision.grpc.ActionGateway;
import dev.bulwark.cases.decision.persistence.CaseDecisionEntity;
import dev.bulwark.cases.decision.persistence.CaseDecisionRepository;
import dev.bulwark.cases.platform.config.CasesConfig;
import dev.bulwark.cases.queue.CasePriority;
import dev.bulwark.cases.queue.CaseRoute;
import dev.bulwark.cases.queue.SystemQueue;
import dev.bulwark.policy.Severity;
import dev.bulwark.policy.runtime.ActivePolicies;
import dev.bulwark.tracecontext.TraceParent;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Files an appeal of an enforcement action: an APPEAL case in the appeals queue whose one item is the
 * appellant's statement, and its {@code appeals} row. The action must be one of the subject's (asked
 * of action-service before any transaction); the reviewer whose decision produced it is excluded from
 * the case. A known idempotency key replays the first appeal. Concurrent filings race on the unique
 * key and on the one-open-appeal-per-action index; the loser retries and then replays or is refused.
 */
@ApplicationScoped
public class OpenAppealUseCase {

    private static final Logger LOG = Logger.getLogger(OpenAppealUseCase.class);

    private final CaseRepository cases;
    private final CaseItemRepository items;
    private final CaseJournal journal;
    private final CaseExclusions exclusions;
    private final CaseDecisionRepository decisions;
    private final AppealRepository appeals;
    private final ActionGateway action;
    private final ActivePolicies policies;
    private final CasesConfig config;
    private final Clock clock;
    private final MeterRegistry meters;

    public OpenAppealUseCase(CaseRepository cases, CaseItemRepository items, CaseJournal journal, CaseExclusions exclusions,
            CaseDecisionRepository decisions, AppealRepository appeals, ActionGateway action, ActivePolicies policies,
            CasesConfig config, Clock clock, MeterRegistry meters) {
        this.cases = cases;
        this.items = items;
        this.journal = journal;
        this.exclusions = exclusions;
        this.decisions = decisions;
        this.appeals = appeals;
        this.action = action;
        this.policies = policies;
        this.config = config;
        this.clock = clock;
        this.meters = meters;
    }

    @WithSpan("OpenAppeal")
    public Uni<OpenAppealResult> open(NewAppeal appeal) {
        List<FieldViolation> violations = appeal.violations();
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(new InvalidInputException(violations));
        }
        // A replay answers without asking action-service, so it works while action-service is down.
        return Panache.withSession(() -> appeals.findByKey(appeal.idempotencyKey()))
                .chain(known -> known != null
                        ? Uni.createFrom().item(replay(known, appeal))
                        : appealedAction(appeal).chain(prior -> attempt(appeal, prior, config.openRetries())));
    }

    private Uni<PriorAction> appealedAction(NewAppeal appeal) {
        return action.standing(appeal.subject())
                .onFailure(EnforcementUnavailableException.class).transform(ActionsUnavailableException::new)
                .map(standing -> AppealedAction.on(standing, appeal.actionId()));
    }

    private Uni<OpenAppealResult> attempt(NewAppeal appeal, PriorAction prior, int retriesLeft) {
        return Panache.withTransaction(() -> fileOnce(appeal, prior))
                .onFailure(failure -> retriesLeft > 0 && UniqueViolation.isCause(failure))
                .recoverWithUni(() -> {
                    LOG.debugf("OpenAppeal lost a race on a unique constraint; %d retries left", retriesLeft - 1);
                    return attempt(appeal, prior, retriesLeft - 1);
                });
    }

    private Uni<OpenAppealResult> fileOnce(NewAppeal appeal, PriorAction prior) {
        return appeals.findByKey(appeal.idempotencyKey()).chain(known -> known != null
                ? Uni.createFrom().item(replay(known, appeal))
                : appeals.findOpenForAction(prior.id()).chain(open -> {
                    if (open != null) {
                        throw new AppealRefusedException(Reason.APPEAL_ALREADY_OPEN);
                    }
                    return decisions.findByActionId(prior.id()).chain(decision -> decision == null
                            ? file(appeal, AppealedAction.automated(prior), null)
                            : cases.findById(decision.caseId).chain(original ->
                                    file(appeal, decided(prior, decision), original.policyVersion)));
                }));
    }

    private static AppealedAction decided(PriorAction prior, CaseDecisionEntity decision) {
        return AppealedAction.decided(prior, decision.caseId, decision.reviewer);
    }

    /**
     * @param policyVersion the policy the appealed decision was made under; null for an automated
     *     action, whose appeal is judged under the policy in force
     */
    private Uni<OpenAppealResult> file(NewAppeal appeal, AppealedAction target, String policyVersion) {
        Instant now = clock.instant();
        String version = policyVersion != null ? policyVersion : policies.active().version();
        Severity severity = CaseRoute.severity(policies.forDecision(version).policy(), target.category());
        CaseEntity kase = new CaseEntity();
        kase.id = UUID.randomUUID();
        kase.kind = CaseKind.APPEAL;
        kase.subjectType = appeal.subject().type();
        kase.subjectId = appeal.subject().id();
        kase.organizationId = appeal.subject().organizationId();
        kase.queue = SystemQueue.APPEALS.id();
        kase.category = target.category();
        kase.severity = severity;
        kase.priority = CasePriority.of(severity, 1, 0, 0, Duration.ZERO);
        kase.priorityAt = now;
        kase.policyVersion = version;
        kase.slaDueAt = now.plus(config.appealSla());
        kase.createdAt = now;
        CaseItemEntity statement = statementItem(kase, appeal, now);
        Map<String, Object> details = Map.of("sourceKey", statement.sourceKey, "source", ItemSource.APPEAL.name(),
                "queue", kase.queue, "actionId", target.actionId(), "actionOrigin", target.origin().name());
        Uni<Void> filed = journal.open(kase, CaseEvent.opened(now), details)
                .chain(opened -> items.persist(statement))
                .chain(() -> appeals.persist(appealRow(kase.id, appeal, target, now)))
                .replaceWithVoid();
        if (target.originalReviewer() != null) {
            filed = filed.chain(() -> exclusions.exclude(kase.id, target.originalReviewer(), ExclusionReason.ORIGINAL_DECIDER));
        }
        return filed
                .invoke(() -> meters.counter("bulwark.cases.appeals.opened", "origin", target.origin().name()).increment())
                .replaceWith(new OpenAppealResult(kase.id, AppealStatus.OPEN, false));
    }

    private static CaseItemEntity statementItem(CaseEntity kase, NewAppeal appeal, Instant now) {
        CaseItemEntity item = new CaseItemEntity();
        item.id = UUID.randomUUID();
        item.caseId = kase.id;
        item.sourceKey = "appeal:" + kase.id;
        item.source = ItemSource.APPEAL;
        item.referenceId = appeal.actionId();
        item.contentText = appeal.statement();
        item.scores = Map.of();
        item.reasons = new String[] {"appeal of action " + appeal.actionId()};
        item.receivedAt = now;
        item.category = kase.category;
        item.policyVersion = kase.policyVersion;
        item.modelVersions = new String[0];
        item.explanation = Explanation.NONE;
        item.traceParent = TraceParent.current().orElse(null);
        return item;
    }

    private static AppealEntity appealRow(UUID caseId, NewAppeal appeal, AppealedAction target, Instant now) {
        AppealEntity row = new AppealEntity();
        row.caseId = caseId;
        row.idempotencyKey = appeal.idempotencyKey();
        row.actionId = target.actionId();
        row.actionOrigin = target.origin();
        row.originalCaseId = target.originalCaseId();
        row.originalReviewer = target.originalReviewer();
        row.category = target.category();
        row.filedBy = appeal.filedBy();
        row.statement = appeal.statement();
        row.filedAt = now;
        return row;
    }

    private OpenAppealResult replay(AppealEntity known, NewAppeal appeal) {
        if (!known.actionId.equals(appeal.actionId())) {
            throw new AppealRefusedException(Reason.IDEMPOTENCY_KEY_REUSED);
        }
        meters.counter("bulwark.cases.appeals.replayed").increment();
        return new OpenAppealResult(known.caseId, known.status(), true);
    }
}
