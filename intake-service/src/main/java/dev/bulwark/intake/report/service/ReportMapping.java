package dev.bulwark.intake.report.service;

import dev.bulwark.intake.report.NewReport;
import dev.bulwark.intake.report.persistence.ReportEntity;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Builds the stored row of a report. */
final class ReportMapping {

    private ReportMapping() {}

    static ReportEntity toEntity(UUID id, NewReport r, String fingerprint, Optional<UUID> submissionId) {
        ReportEntity e = new ReportEntity();
        e.id = id;
        e.tenant = r.tenant();
        e.idempotencyKey = r.idempotencyKey();
        e.fingerprint = fingerprint;
        e.reporterType = r.reporter().kind().name();
        e.reporterId = r.reporter().id();
        e.targetType = r.target().kind().name();
        e.targetId = r.target().id();
        e.targetOrgId = r.target().organizationId() == null || r.target().organizationId().isBlank() ? null : r.target().organizationId();
        e.submissionId = submissionId.orElse(null);
        e.reason = r.reason();
        e.details = r.details() == null || r.details().isBlank() ? null : r.details();
        e.receivedAt = Instant.now();
        return e;
    }
}
