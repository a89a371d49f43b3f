package dev.bulwark.cases.qa.application;

import dev.bulwark.cases.casefile.CaseKind;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.decision.DecisionRecord;
import dev.bulwark.cases.decision.application.DecisionRecorded;
import dev.bulwark.cases.qa.Finding;
import dev.bulwark.cases.qa.QaComparison;
import dev.bulwark.cases.qa.persistence.QaSampleRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Writes QA's finding and verdict into the sample, in the transaction that closes the QA case. */
@ApplicationScoped
public class QaVerdictRecorder implements DecisionRecorded {

    private final QaSampleRepository samples;
    private final MeterRegistry meters;

    public QaVerdictRecorder(QaSampleRepository samples, MeterRegistry meters) {
        this.samples = samples;
        this.meters = meters;
    }

    @Override
    public Uni<Void> onRecorded(CaseEntity kase, DecisionRecord record) {
        if (kase.kind != CaseKind.QA) {
            return Uni.createFrom().voidItem();
        }
        return samples.findById(kase.id)
                .onItem().ifNull().failWith(() -> new IllegalStateException("QA case " + kase.id + " has no sample"))
                .invoke(sample -> {
                    Finding qa = new Finding(record.outcome(), record.category());
                    sample.qaReviewer = record.reviewer();
                    sample.qaOutcome = record.outcome();
                    sample.qaCategory = record.category();
                    sample.verdict = QaComparison.of(sample.original(), qa).verdict();
                    sample.verifiedAt = record.decidedAt();
                    meters.counter("bulwark.cases.qa.verified", "origin", sample.origin.name(),
                            "verdict", sample.verdict.name()).increment();
                })
                .replaceWithVoid();
    }
}
