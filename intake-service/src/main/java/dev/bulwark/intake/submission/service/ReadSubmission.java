package dev.bulwark.intake.submission.service;

import dev.bulwark.intake.error.FieldViolation;
import dev.bulwark.intake.error.InvalidRequestException;
import dev.bulwark.intake.error.NotFoundException;
import dev.bulwark.intake.report.ReportValidator;
import dev.bulwark.intake.submission.persistence.SubmissionEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads back a submission of the caller's tenant; another tenant's id is simply not found. */
@ApplicationScoped
public class ReadSubmission {

    public Uni<SubmissionEntity> read(String tenant, String submissionId) {
        if (submissionId == null || !ReportValidator.isUuid(submissionId)) {
            return Uni.createFrom().failure(new InvalidRequestException(
                    List.of(new FieldViolation("submission_id", "must be a submission id returned by Submit"))));
        }
        return Panache.withSession(() -> SubmissionEntity.findForTenant(UUID.fromString(submissionId), tenant))
                .onItem().ifNull().failWith(() -> new NotFoundException("submission"));
    }
}
