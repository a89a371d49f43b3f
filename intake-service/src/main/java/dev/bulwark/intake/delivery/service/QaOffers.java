package dev.bulwark.intake.delivery.service;

import dev.bulwark.intake.classification.Classification;
import dev.bulwark.intake.delivery.CaseItem;
import dev.bulwark.intake.delivery.EnforcementOrder;
import dev.bulwark.intake.delivery.grpc.DeliveryPayloads;
import dev.bulwark.intake.delivery.persistence.OutboxEntity;
import dev.bulwark.intake.submission.Routing;
import dev.bulwark.intake.submission.persistence.SubmissionEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * Offers every automatic enforcement to case-service, which samples a share of them for QA and counts
 * them all. The offer needs the action id, so it is written once action-service has answered: in the
 * transaction that records the enforcement as delivered, as an outbox entry of its own. Nothing is
 * lost (the recording and the offer commit together, and the outbox retries until case-service takes
 * it) and the submitter never waits for it (the relay delivers it on its next pass).
 */
@ApplicationScoped
public class QaOffers {

    /** Must run inside a transaction. */
    public Uni<Void> offer(OutboxEntity enforcement, String actionId) {
        return SubmissionEntity.<SubmissionEntity>findById(enforcement.originId)
                .onItem().ifNull().failWith(() -> new IllegalStateException("enforced submission " + enforcement.originId + " is missing"))
                .chain(submission -> OutboxEntity.create(OutboxEntity.Kind.OFFER_FOR_QA, OutboxEntity.Origin.SUBMISSION,
                                submission.id, DeliveryPayloads.automatedAction(enforced(submission), actionId), Instant.now(),
                                enforcement.traceParent)
                        .persist())
                .replaceWithVoid();
    }

    /** The submission as a review item, keyed by its enforcement and in the enforced category. */
    private static CaseItem enforced(SubmissionEntity submission) {
        Classification judgement = submission.classification();
        return new CaseItem(EnforcementOrder.keyOf(submission.id), CaseItem.Source.SUBMISSION, submission.author(),
                submission.id.toString(), submission.surface, Optional.of(submission.content()),
                Routing.of(judgement).enforceCategory(), submission.policyVersion,
                judgement.reasons().stream().map(Classification.Reason::describe).toList(), Optional.of(judgement),
                submission.tenant);
    }
}
