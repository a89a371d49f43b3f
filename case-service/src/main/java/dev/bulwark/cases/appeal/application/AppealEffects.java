package dev.bulwark.cases.appeal.application;

import dev.bulwark.cases.appeal.persistence.AppealRepository;
import dev.bulwark.cases.casefile.CaseKind;
import dev.bulwark.cases.decision.Enforcement;
import dev.bulwark.cases.decision.Outcome;
import dev.bulwark.cases.decision.application.DecisionEffects;
import dev.bulwark.cases.decision.grpc.ActionGateway;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * An overturned appeal (NOT_VIOLATING) reverts the appealed action; an upheld one (VIOLATING) leaves it
 * standing. Reverting twice answers with the action unchanged, so a retried decision is safe. The
 * reversal produces no action, so the decision lists none (only the subject's standing afterwards):
 * the decision index keeps naming the decision that produced the action.
 */
@ApplicationScoped
public class AppealEffects implements DecisionEffects {

    private final AppealRepository appeals;
    private final ActionGateway action;

    public AppealEffects(AppealRepository appeals, ActionGateway action) {
        this.appeals = appeals;
        this.action = action;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.APPEAL;
    }

    @Override
    public Uni<Enforcement> carryOut(DecidedCase decided) {
        if (decided.decision().outcome() != Outcome.NOT_VIOLATING) {
            return Uni.createFrom().item(Enforcement.NONE);
        }
        return Panache.withSession(() -> appeals.findById(decided.caseId()))
                .chain(appeal -> action.revert(appeal.actionId, "appeal overturned (case " + decided.caseId() + ")",
                        decided.reviewer()))
                .map(reverted -> new Enforcement(List.of(), reverted.standing()));
    }
}
