package dev.bulwark.intake.appeal.service;

import dev.bulwark.intake.appeal.AppealValidator;
import dev.bulwark.intake.appeal.FiledAppeal;
import dev.bulwark.intake.appeal.grpc.CaseAppeals;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads back an appeal the caller's tenant filed; another tenant's appeal is simply not found. */
@ApplicationScoped
public class ReadAppeal {

    private final CaseAppeals cases;

    public ReadAppeal(CaseAppeals cases) {
        this.cases = cases;
    }

    public Uni<FiledAppeal> read(String tenant, String appealId) {
        return Uni.createFrom().item(appealId)
                .invoke(AppealValidator::validateAppealId)
                .chain(id -> cases.read(tenant, id));
    }
}
