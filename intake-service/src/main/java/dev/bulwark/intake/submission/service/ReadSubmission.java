package dev.bulwark.intake.submission.service;

import dev.bulwark.intake.error.NotFoundException;
import dev.bulwark.intake.error.Violations;
import dev.bulwark.intake.report.ReportValidator;
import dev.bulwark.intake.submission.persistence.SubmissionEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads back a submission of the caller's tenant; another tenant's id is simply not found. */
@ApplicationScoped
public class ReadSubmission {

    public Uni<SubmissionEntity> read(String tenant, String submissionId) {
        return Uni.createFrom().item(submissionId)
                .invoke(id -> new Violations().uuid("submission_id", id, ReportValidator.SUBMISSION_ID).throwIfAny())
                .chain(id -> Panache.withSession(() -> SubmissionEntity.findForTenant(UUID.fromString(id), tenant)))
                .onItem().ifNull().failWith(() -> new NotFoundException("submission"));
    }
}
