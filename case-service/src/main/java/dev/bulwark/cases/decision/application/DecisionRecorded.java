package dev.bulwark.cases.decision.application;

import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.decision.DecisionRecord;
import io.smallrye.mutiny.Uni;

/**
 * Told of every closing decision inside the transaction that records it, so what it writes (a QA
 * sample, an appeal's resolution) commits or rolls back with the decision.
 */
public interface DecisionRecorded {

    Uni<Void> onRecorded(CaseEntity kase, DecisionRecord record);
}
