package dev.bulwark.intake.appeal.service;

import dev.bulwark.intake.appeal.AppealAnswer;
import dev.bulwark.intake.appeal.AppealValidator;
import dev.bulwark.intake.appeal.NewAppeal;
import dev.bulwark.intake.appeal.grpc.CaseAppeals;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The Appeal use case: checks the appeal and files it at case-service while the caller waits. Nothing
 * is stored here; case-service's idempotency on the tenant-scoped key makes the caller's retry after
 * UNAVAILABLE safe, so an appeal is neither lost nor filed twice.
 */
@ApplicationScoped
public class FileAppeal {

    private final CaseAppeals cases;
    private final MeterRegistry meters;

    public FileAppeal(CaseAppeals cases, MeterRegistry meters) {
        this.cases = cases;
        this.meters = meters;
    }

    @WithSpan("intake.appeal")
    public Uni<AppealAnswer> file(NewAppeal appeal) {
        return Uni.createFrom().item(appeal)
                .invoke(AppealValidator::validate)
                .chain(cases::open)
                .invoke(answer -> meters.counter("bulwark.intake.appeals", "replayed", String.valueOf(answer.replayed()))
                        .increment());
    }
}
