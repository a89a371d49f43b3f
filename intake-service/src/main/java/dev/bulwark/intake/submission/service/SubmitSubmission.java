package dev.bulwark.intake.submission.service;

import dev.bulwark.intake.classification.Classification;
import dev.bulwark.intake.classification.grpc.ClassifierGateway;
import dev.bulwark.intake.delivery.CaseItem;
import dev.bulwark.intake.delivery.DeliveryOutcome;
import dev.bulwark.intake.delivery.EnforcementOrder;
import dev.bulwark.intake.delivery.persistence.OutboxEntity;
import dev.bulwark.intake.delivery.service.Outbox;
import dev.bulwark.intake.delivery.service.OutboxRelay;
import dev.bulwark.intake.error.IdempotencyKeyReusedException;
import dev.bulwark.intake.persistence.UniqueViolation;
import dev.bulwark.intake.submission.Fingerprint;
import dev.bulwark.intake.submission.NewSubmission;
import dev.bulwark.intake.submission.Routing;
import dev.bulwark.intake.submission.SubmissionAnswer;
import dev.bulwark.intake.submission.SubmissionValidator;
import dev.bulwark.intake.submission.persistence.SubmissionEntity;
import dev.bulwark.policy.Surface;
import dev.bulwark.policy.runtime.ActivePolicies;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The Submit use case: validate, answer replays from the store, otherwise classify, store the
 * submission with its outbox deliveries in one transaction, deliver them at once, and answer.
 */
@ApplicationScoped
public class SubmitSubmission {

    private final ActivePolicies policies;
    private final ClassifierGateway classifier;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final MeterRegistry meters;
    private final DecisionMetrics decisions;

    public SubmitSubmission(ActivePolicies policies, ClassifierGateway classifier, Outbox outbox, OutboxRelay relay, MeterRegistry meters,
            DecisionMetrics decisions) {
        this.policies = policies;
        this.classifier = classifier;
        this.outbox = outbox;
        this.relay = relay;
        this.meters = meters;
        this.decisions = decisions;
    }

    @WithSpan("intake.submit")
    public Uni<SubmissionAnswer> submit(NewSubmission submission) {
        return Uni.createFrom().item(submission)
                .invoke(s -> new SubmissionValidator(surfaceIds()).validate(s))
                .map(Fingerprint::of)
                .chain(fingerprint -> Panache.withSession(() -> SubmissionEntity.findByKey(submission.tenant(), submission.idempotencyKey()))
                        .chain(existing -> existing != null
                                ? Uni.createFrom().item(replay(existing, fingerprint))
                                : judge(submission, fingerprint)));
    }

    /** The surfaces of the policy in force, read per submission so that a reload takes effect at once. */
    private Set<String> surfaceIds() {
        return policies.active().policy().surfaces().stream().map(Surface::id).collect(Collectors.toUnmodifiableSet());
    }

    private Uni<SubmissionAnswer> judge(NewSubmission submission, String fingerprint) {
        UUID id = UUID.randomUUID();
        Timer.Sample timer = decisions.start();
        return classifier.classify(id, submission)
                .chain(c -> Panache.withTransaction(() -> store(id, submission, fingerprint, c))
                        .chain(entries -> relay.deliverNow(entries))
                        .map(outcomes -> answer(id, c, outcomes))
                        .invoke(answer -> decisions.decided(submission, c, timer))
                        // A concurrent first call with the same key won the insert: answer as its replay.
                        .onFailure(UniqueViolation::is).recoverWithUni(() -> Panache.withSession(
                                () -> SubmissionEntity.findByKey(submission.tenant(), submission.idempotencyKey()))
                                .map(existing -> replay(existing, fingerprint))));
    }

    private Uni<List<OutboxEntity>> store(UUID id, NewSubmission s, String fingerprint, Classification c) {
        SubmissionEntity entity = SubmissionMapping.toEntity(id, s, fingerprint, c);
        Routing routing = Routing.of(c);
        List<OutboxEntity> written = new ArrayList<>();
        // One reactive session serves one operation at a time: write sequentially.
        Uni<?> chain = entity.persist();
        if (routing.openCase()) {
            CaseItem item = new CaseItem("submission:" + id, CaseItem.Source.SUBMISSION, s.author(), id.toString(), s.surface(),
                    Optional.of(s.content()), routing.caseCategory(), c.policyVersion(),
                    c.reasons().stream().map(Classification.Reason::describe).toList(), Optional.of(c), s.tenant());
            chain = chain.chain(() -> outbox.openCase(OutboxEntity.Origin.SUBMISSION, id, item).invoke(written::add));
        }
        if (routing.enforceCategory().isPresent()) {
            String category = routing.enforceCategory().get();
            EnforcementOrder order = new EnforcementOrder(EnforcementOrder.keyOf(id), s.author(), category,
                    id.toString(), c.policyVersion(), c.modelVersions(), c.signalIdsFor(category), s.tenant(),
                    s.content().language());
            chain = chain.chain(() -> outbox.enforce(id, order).invoke(written::add));
        }
        return chain.map(ignored -> written);
    }

    private static SubmissionAnswer answer(UUID id, Classification c, List<DeliveryOutcome> outcomes) {
        String caseId = outcomes.stream().flatMap(o -> o.caseId().stream()).findFirst().orElse(null);
        List<String> actionIds = outcomes.stream().flatMap(o -> o.actionId().stream()).toList();
        return new SubmissionAnswer(id, c, caseId, actionIds, false);
    }

    private SubmissionAnswer replay(SubmissionEntity existing, String fingerprint) {
        if (!existing.fingerprint.equals(fingerprint)) {
            throw new IdempotencyKeyReusedException();
        }
        meters.counter("bulwark.intake.replays", "kind", "submission").increment();
        return new SubmissionAnswer(existing.id, existing.classification(), existing.caseId, existing.actionIdList(), true);
    }
}
