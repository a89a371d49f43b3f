package dev.bulwark.cases.decision.application;

import dev.bulwark.cases.casefile.CaseKind;
import dev.bulwark.cases.casefile.Subject;
import dev.bulwark.cases.decision.Decision;
import dev.bulwark.cases.decision.Enforcement;
import dev.bulwark.cases.decision.Provenance;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * What a closing decision sets off outside case-service, per kind of case: a review's violation is
 * enforced, an overturned appeal reverses its action, a QA verdict corrects what it overturns. It runs
 * before anything is recorded and must be safe to repeat for the same case (idempotency keys), since
 * a failed recording or a retried request calls it again.
 */
public interface DecisionEffects {

    CaseKind kind();

    Uni<Enforcement> carryOut(DecidedCase decided);

    /**
     * A case being closed, as the effects need it.
     *
     * @param policyVersion the policy version the case is decided under (the case's own)
     * @param tenant the product team told of an enforcement; null when the case does not know it
     * @param language the case's language, for the notice to the user; null when unknown
     */
    record DecidedCase(UUID caseId, Subject subject, Decision decision, String reviewer, Provenance provenance,
            String policyVersion, String tenant, String language) {}
}
