package dev.bulwark.cases.intake.application;

import dev.bulwark.cases.casefile.CaseEvent;
import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.casefile.InvalidInputException;
import dev.bulwark.cases.casefile.ItemSource;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.casefile.persistence.CaseItemRepository;
import dev.bulwark.cases.casefile.persistence.CaseJournal;
import dev.bulwark.cases.casefile.persistence.CaseRepository;
import dev.bulwark.cases.casefile.persistence.UniqueViolation;
import dev.bulwark.cases.cluster.application.ClusterAssigner;
import dev.bulwark.cases.intake.NewItem;
import dev.bulwark.cases.intake.NewItemValidator;
import dev.bulwark.cases.intake.OpenCaseResult;
import dev.bulwark.cases.platform.config.CasesConfig;
import dev.bulwark.cases.queue.CasePriority;
import dev.bulwark.cases.queue.CaseRoute;
import dev.bulwark.policy.PolicyDocument;
import dev.bulwark.policy.runtime.ActivePolicies;
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
 * Puts an item up for review: replays a known source key, joins the subject's open case, or opens
 * a new one (which joins the cluster of a near-duplicate case, if any). Concurrent calls race on the
 * unique constraints; the loser retries in a fresh transaction and then sees the winner's row.
 */
@ApplicationScoped
public class OpenCaseUseCase {

    private static final Logger LOG = Logger.getLogger(OpenCaseUseCase.class);

    private final CaseRepository cases;
    private final CaseItemRepository items;
    private final CaseJournal journal;
    private final ClusterAssigner clusters;
    private final ActivePolicies policies;
    private final CasesConfig config;
    private final Clock clock;
    private final MeterRegistry meters;

    public OpenCaseUseCase(CaseRepository cases, CaseItemRepository items, CaseJournal journal, ClusterAssigner clusters,
            ActivePolicies policies, CasesConfig config, Clock clock, MeterRegistry meters) {
        this.cases = cases;
        this.items = items;
        this.journal = journal;
        this.clusters = clusters;
        this.policies = policies;
        this.config = config;
        this.clock = clock;
        this.meters = meters;
    }

    @WithSpan("OpenCase")
    public Uni<OpenCaseResult> open(NewItem item) {
        List<FieldViolation> violations = NewItemValidator.violations(item);
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(new InvalidInputException(violations));
        }
        return attempt(item, config.openRetries()).invoke(this::count);
    }

    private Uni<OpenCaseResult> attempt(NewItem item, int retriesLeft) {
        return Panache.withTransaction(() -> openOnce(item))
                .onFailure(failure -> retriesLeft > 0 && UniqueViolation.isCause(failure))
                .recoverWithUni(() -> {
                    LOG.debugf("OpenCase lost a race on a unique constraint; %d retries left", retriesLeft - 1);
                    return attempt(item, retriesLeft - 1);
                });
    }

    private Uni<OpenCaseResult> openOnce(NewItem item) {
        Instant now = clock.instant();
        return items.findBySourceKey(item.sourceKey()).chain(known -> known != null
                ? cases.findById(known.caseId).map(kase -> new OpenCaseResult(kase.id, kase.queue, false, true))
                : cases.findUnclosedForUpdate(item.subject()).chain(open -> open != null
                        ? join(open, item, now)
                        : openNew(item, now)));
    }

    private Uni<OpenCaseResult> openNew(NewItem item, Instant now) {
        // Routed under the policy the item was decided under, so a policy change never re-routes old decisions.
        PolicyDocument decidedUnder = policies.forDecision(item.policyVersion());
        CaseRoute route = CaseRoute.of(decidedUnder.policy(), item.category(), item.surface(), item.language(), now);
        CaseEntity kase = new CaseEntity();
        kase.id = UUID.randomUUID();
        kase.subjectType = item.subject().type();
        kase.subjectId = item.subject().id();
        kase.organizationId = item.subject().organizationId();
        kase.queue = route.queue();
        kase.category = item.category();
        kase.severity = route.severity();
        kase.surface = item.surface();
        kase.language = item.language();
        kase.tenant = item.tenant();
        kase.reportCount = item.source() == ItemSource.REPORT ? 1 : 0;
        kase.reach = item.reach();
        kase.priority = CasePriority.of(route.severity(), 1, kase.reportCount, kase.reach, Duration.ZERO);
        kase.priorityAt = now;
        kase.policyVersion = item.policyVersion() != null ? item.policyVersion() : decidedUnder.version();
        kase.slaDueAt = route.slaDueAt();
        kase.createdAt = now;
        return journal.open(kase, CaseEvent.opened(now), itemDetails(item, route.queue()))
                .chain(opened -> items.persist(ItemRows.of(opened.id, item, now)))
                .chain(() -> clusters.assign(kase, item.contentText(), now))
                .replaceWith(new OpenCaseResult(kase.id, kase.queue, false, false));
    }

    private Uni<OpenCaseResult> join(CaseEntity kase, NewItem item, Instant now) {
        CaseEvent added = kase.state().addItem(now);
        return journal.append(kase, added, itemDetails(item, kase.queue))
                .invoke(joined -> {
                    joined.reportCount += item.source() == ItemSource.REPORT ? 1 : 0;
                    joined.reach = Math.max(joined.reach, item.reach());
                    joined.priority = CasePriority.of(joined.severity, joined.itemCount, joined.reportCount, joined.reach,
                            Duration.between(joined.createdAt, now));
                    joined.priorityAt = now;
                })
                .chain(joined -> items.persist(ItemRows.of(joined.id, item, now)))
                .replaceWith(new OpenCaseResult(kase.id, kase.queue, true, false));
    }

    private static Map<String, Object> itemDetails(NewItem item, String queue) {
        return Map.of("sourceKey", item.sourceKey(), "source", item.source().name(), "queue", queue);
    }

    private void count(OpenCaseResult result) {
        if (!result.replayed()) {
            meters.counter("bulwark.cases.opened",
                    "queue", result.queue(), "joined", String.valueOf(result.joinedExisting())).increment();
        }
    }
}
