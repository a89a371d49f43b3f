package dev.bulwark.intake.report.service;

import dev.bulwark.intake.delivery.CaseItem;
import dev.bulwark.intake.delivery.persistence.OutboxEntity;
import dev.bulwark.intake.delivery.service.Outbox;
import dev.bulwark.intake.delivery.service.OutboxRelay;
import dev.bulwark.intake.error.FieldViolation;
import dev.bulwark.intake.error.IdempotencyKeyReusedException;
import dev.bulwark.intake.error.InvalidRequestException;
import dev.bulwark.intake.persistence.UniqueViolation;
import dev.bulwark.intake.report.NewReport;
import dev.bulwark.intake.report.ReportAnswer;
import dev.bulwark.intake.report.ReportValidator;
import dev.bulwark.intake.report.persistence.ReportEntity;
import dev.bulwark.intake.submission.persistence.SubmissionEntity;
import dev.bulwark.policy.runtime.ActivePolicies;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The Report use case: a user's report is stored with an OPEN_CASE delivery in one transaction, so
 * the report reaches review (joining the subject's open case) even if case-service is down now.
 */
@ApplicationScoped
public class FileReport {

    private final ActivePolicies policies;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final MeterRegistry meters;

    public FileReport(ActivePolicies policies, Outbox outbox, OutboxRelay relay, MeterRegistry meters) {
        this.policies = policies;
        this.outbox = outbox;
        this.relay = relay;
        this.meters = meters;
    }

    @WithSpan("intake.report")
    public Uni<ReportAnswer> file(NewReport report) {
        return Uni.createFrom().item(report)
                .invoke(ReportValidator::validate)
                .map(ReportAnswer::fingerprint)
                .chain(fingerprint -> Panache.withSession(() -> ReportEntity.findByKey(report.tenant(), report.idempotencyKey()))
                        .chain(existing -> existing != null
                                ? Uni.createFrom().item(replay(existing, fingerprint))
                                : store(report, fingerprint)));
    }

    private Uni<ReportAnswer> store(NewReport report, String fingerprint) {
        UUID id = UUID.randomUUID();
        Optional<UUID> submissionId = Optional.ofNullable(report.submissionId()).filter(s -> !s.isBlank()).map(UUID::fromString);
        return Panache.withTransaction(() -> reportedSubmission(report.tenant(), submissionId)
                        .chain(submission -> ReportMapping.toEntity(id, report, fingerprint, submissionId).persist()
                                .chain(() -> outbox.openCase(OutboxEntity.Origin.REPORT, id, caseItem(id, report, submission)))))
                .chain(entry -> relay.deliverNow(List.of(entry)))
                .map(outcomes -> new ReportAnswer(id, outcomes.stream().flatMap(o -> o.caseId().stream()).findFirst().orElse(null), false))
                .invoke(() -> meters.counter("bulwark.intake.reports", "reason", report.reason().name()).increment())
                .onFailure(UniqueViolation::is).recoverWithUni(() -> Panache.withSession(
                        () -> ReportEntity.findByKey(report.tenant(), report.idempotencyKey()))
                        .map(existing -> replay(existing, fingerprint)));
    }

    /** The reported submission of the same tenant, if one is named; an unknown id is bad input. */
    private static Uni<Optional<SubmissionEntity>> reportedSubmission(String tenant, Optional<UUID> id) {
        if (id.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return SubmissionEntity.findForTenant(id.get(), tenant).map(found -> {
            if (found == null) {
                throw new InvalidRequestException(List.of(new FieldViolation("submission_id", "no such submission")));
            }
            return Optional.of(found);
        });
    }

    private CaseItem caseItem(UUID id, NewReport report, Optional<SubmissionEntity> submission) {
        return new CaseItem(
                "report:" + id,
                CaseItem.Source.REPORT,
                report.target(),
                id.toString(),
                submission.map(s -> s.surface).orElse(""),
                submission.map(SubmissionEntity::content),
                report.reason().category(),
                submission.map(s -> s.policyVersion).orElse(policies.active().version()),
                List.of("user report: " + report.reason().name().toLowerCase(java.util.Locale.ROOT)),
                submission.map(SubmissionEntity::classification),
                report.tenant());
    }

    private ReportAnswer replay(ReportEntity existing, String fingerprint) {
        if (!existing.fingerprint.equals(fingerprint)) {
            throw new IdempotencyKeyReusedException();
        }
        meters.counter("bulwark.intake.replays", "kind", "report").increment();
        return new ReportAnswer(existing.id, existing.caseId, true);
    }
}
