package dev.bulwark.cases.appeal.application;

import dev.bulwark.cases.appeal.AppealStatus;
import dev.bulwark.cases.appeal.persistence.AppealRepository;
import dev.bulwark.cases.casefile.CaseKind;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.decision.DecisionRecord;
import dev.bulwark.cases.decision.application.DecisionRecorded;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Records an appeal's resolution in the transaction that closes its case; other kinds of case are ignored. */
@ApplicationScoped
public class AppealResolution implements DecisionRecorded {

    private final AppealRepository appeals;
    private final MeterRegistry meters;

    public AppealResolution(AppealRepository appeals, MeterRegistry meters) {
        this.appeals = appeals;
        this.meters = meters;
    }

    @Override
    public Uni<Void> onRecorded(CaseEntity kase, DecisionRecord record) {
        if (kase.kind != CaseKind.APPEAL) {
            return Uni.createFrom().voidItem();
        }
        AppealStatus resolution = AppealStatus.resolvedBy(record.outcome());
        return appeals.findById(kase.id)
                .onItem().ifNull().failWith(() -> new IllegalStateException("appeal case " + kase.id + " has no appeal"))
                .invoke(appeal -> {
                    appeal.resolution = resolution;
                    appeal.resolvedAt = record.decidedAt();
                })
                .invoke(() -> meters.counter("bulwark.cases.appeals.resolved", "resolution", resolution.name()).increment())
                .replaceWithVoid();
    }
}
