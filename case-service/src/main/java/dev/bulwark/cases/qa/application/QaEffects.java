package dev.bulwark.cases.qa.application;

import dev.bulwark.cases.casefile.CaseKind;
import dev.bulwark.cases.decision.Enforcement;
import dev.bulwark.cases.decision.application.DecisionEffects;
import dev.bulwark.cases.decision.grpc.ActionGateway;
import dev.bulwark.cases.qa.Finding;
import dev.bulwark.cases.qa.QaComparison;
import dev.bulwark.cases.qa.persistence.QaSampleEntity;
import dev.bulwark.cases.qa.persistence.QaSampleRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Corrects what a QA decision overturns: the checked decision's actions are reverted when QA finds no
 * violation, and QA's finding is enforced when the checked decision missed one. Both are safe to
 * repeat: a reverted action reverts as a no-op, and the enforcement's idempotency key is the QA case's.
 */
@ApplicationScoped
public class QaEffects implements DecisionEffects {

    private final QaSampleRepository samples;
    private final ActionGateway action;

    public QaEffects(QaSampleRepository samples, ActionGateway action) {
        this.samples = samples;
        this.action = action;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.QA;
    }

    @Override
    public Uni<Enforcement> carryOut(DecidedCase decided) {
        return Panache.withSession(() -> samples.findById(decided.caseId()))
                .onItem().ifNull().failWith(() -> new IllegalStateException("QA case " + decided.caseId() + " has no sample"))
                .chain(sample -> {
                    Finding qa = new Finding(decided.decision().outcome(), decided.decision().category());
                    return switch (QaComparison.of(sample.original(), qa).correction()) {
                        case NONE -> Uni.createFrom().item(Enforcement.NONE);
                        case REVERT_ORIGINAL_ACTIONS -> revert(sample, decided.caseId(), decided.reviewer());
                        case ENFORCE -> action.enforce(decided);
                    };
                });
    }

    /**
     * Reverts every action of the checked decision. The QA decision records the standing afterwards but
     * no action ids: those stay the checked decision's, which the decision index finds them by; the
     * reversal itself is recorded by action-service, with the QA case named in its reason.
     */
    private Uni<Enforcement> revert(QaSampleEntity sample, UUID qaCaseId, String reviewer) {
        String reason = "QA overturned (case " + qaCaseId + ")";
        Uni<Enforcement> reverted = Uni.createFrom().item(Enforcement.NONE);
        for (String actionId : sample.actionIds) {
            reverted = reverted.chain(() -> action.revert(actionId, reason, reviewer));
        }
        return reverted.map(last -> new Enforcement(List.of(), last.standing()));
    }
}
