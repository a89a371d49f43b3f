package dev.bulwark.cases.decision.application;

import dev.bulwark.cases.casefile.CaseKind;
import dev.bulwark.cases.decision.Enforcement;
import dev.bulwark.cases.decision.grpc.ActionGateway;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** A review's violating decision is enforced by action-service; a non-violating one does nothing. */
@ApplicationScoped
public class ReviewEffects implements DecisionEffects {

    private final ActionGateway action;

    public ReviewEffects(ActionGateway action) {
        this.action = action;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.REVIEW;
    }

    @Override
    public Uni<Enforcement> carryOut(DecidedCase decided) {
        return decided.decision().isViolating()
                ? action.enforce(decided)
                : Uni.createFrom().item(Enforcement.NONE);
    }
}
