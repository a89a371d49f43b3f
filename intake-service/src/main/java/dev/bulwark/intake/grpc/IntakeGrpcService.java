package dev.bulwark.intake.grpc;

import com.google.protobuf.Timestamp;
import dev.bulwark.intake.appeal.service.FileAppeal;
import dev.bulwark.intake.appeal.service.ReadAppeal;
import dev.bulwark.intake.capacity.CapacityLimit;
import dev.bulwark.intake.report.NewReport;
import dev.bulwark.intake.report.ReportReason;
import dev.bulwark.intake.report.service.FileReport;
import dev.bulwark.intake.submission.SubmissionAnswer;
import dev.bulwark.intake.submission.persistence.SubmissionEntity;
import dev.bulwark.intake.submission.service.ReadSubmission;
import dev.bulwark.intake.submission.service.SubmitSubmission;
import dev.bulwark.intake.tenant.CallerTenant;
import dev.bulwark.intake.tenant.TenantQuotas;
import dev.bulwark.proto.intake.v1.AppealRequest;
import dev.bulwark.proto.intake.v1.AppealResponse;
import dev.bulwark.proto.intake.v1.GetAppealRequest;
import dev.bulwark.proto.intake.v1.GetAppealResponse;
import dev.bulwark.proto.intake.v1.GetSubmissionRequest;
import dev.bulwark.proto.intake.v1.GetSubmissionResponse;
import dev.bulwark.proto.intake.v1.IntakeService;
import dev.bulwark.proto.intake.v1.ReportRequest;
import dev.bulwark.proto.intake.v1.ReportResponse;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import dev.bulwark.proto.intake.v1.SubmitStreamRequest;
import dev.bulwark.proto.intake.v1.SubmitStreamResponse;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.proto.common.v1.SubjectType;
import dev.bulwark.storagefaults.NulCharacters;
import io.quarkus.grpc.GrpcService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The product teams' gRPC entry point: only product-team clients get in, each call counts against
 * its tenant's quota; maps the contract to the use cases and errors to statuses.
 */
@GrpcService
@RolesAllowed("product-team")
public class IntakeGrpcService implements IntakeService {

    private final SubmitSubmission submit;
    private final FileReport report;
    private final ReadSubmission read;
    private final FileAppeal fileAppeal;
    private final ReadAppeal readAppeal;
    private final CallerTenant callers;
    private final TenantQuotas quotas;
    private final CapacityLimit capacity;

    public IntakeGrpcService(SubmitSubmission submit, FileReport report, ReadSubmission read, FileAppeal fileAppeal,
            ReadAppeal readAppeal, CallerTenant callers, TenantQuotas quotas, CapacityLimit capacity) {
        this.submit = submit;
        this.report = report;
        this.read = read;
        this.fileAppeal = fileAppeal;
        this.readAppeal = readAppeal;
        this.callers = callers;
        this.quotas = quotas;
        this.capacity = capacity;
    }

    @Override
    public Uni<SubmitResponse> submit(SubmitRequest request) {
        String tenant = callers.current();
        return withinQuota(tenant, () -> submit.submit(SubmissionProtoMapping.toDomain(tenant, request)))
                .map(SubmissionProtoMapping::toProto)
                .onFailure().transform(GrpcErrors::toException);
    }

    /** In request order, one at a time: a slow consumer slows the producer instead of buffering. */
    @Override
    public Multi<SubmitStreamResponse> submitStream(Multi<SubmitStreamRequest> requests) {
        String tenant = callers.current();
        return requests.onItem().transformToUniAndConcatenate(r -> {
            SubmitStreamResponse.Builder answer = SubmitStreamResponse.newBuilder()
                    .setIdempotencyKey(r.getSubmission().getIdempotencyKey());
            // NulCharacterGuard refuses unary calls only: a stream answers each item on its own.
            List<String> nulFields = NulCharacters.fieldsOf(r.getSubmission());
            if (!nulFields.isEmpty()) {
                return Uni.createFrom().item(answer.setError(NulCharacters.grpcStatus(nulFields)).build());
            }
            return withinQuota(tenant, () -> submit.submit(SubmissionProtoMapping.toDomain(tenant, r.getSubmission())))
                    .map(a -> answer.setResult(SubmissionProtoMapping.toProto(a)).build())
                    .onFailure().recoverWithItem(e -> answer.setError(GrpcErrors.toStatus(e)).build());
        });
    }

    @Override
    public Uni<ReportResponse> report(ReportRequest request) {
        String tenant = callers.current();
        NewReport newReport = new NewReport(tenant, request.getIdempotencyKey(),
                SubjectProtoMapping.toDomain(request.getReporter()), SubjectProtoMapping.toDomain(request.getTarget()),
                request.getSubmissionId(), reason(request), request.getDetails());
        return withinQuota(tenant, () -> report.file(newReport))
                .map(a -> {
                    ReportResponse.Builder b = ReportResponse.newBuilder().setReportId(a.reportId().toString()).setReplayed(a.replayed());
                    if (a.caseId() != null) {
                        b.setCaseId(a.caseId());
                    }
                    return b.build();
                })
                .onFailure().transform(GrpcErrors::toException);
    }

    @Override
    public Uni<GetSubmissionResponse> getSubmission(GetSubmissionRequest request) {
        String tenant = callers.current();
        return withinQuota(tenant, () -> read.read(tenant, request.getSubmissionId()))
                .map(IntakeGrpcService::stored)
                .onFailure().transform(GrpcErrors::toException);
    }

    @Override
    public Uni<AppealResponse> appeal(AppealRequest request) {
        String tenant = callers.current();
        return withinQuota(tenant, () -> fileAppeal.file(AppealProtoMapping.toDomain(tenant, request)))
                .map(AppealProtoMapping::toProto)
                .onFailure().transform(GrpcErrors::toException);
    }

    @Override
    public Uni<GetAppealResponse> getAppeal(GetAppealRequest request) {
        String tenant = callers.current();
        return withinQuota(tenant, () -> readAppeal.read(tenant, request.getAppealId()))
                .map(AppealProtoMapping::toProto)
                .onFailure().transform(GrpcErrors::toException);
    }

    /**
     * Every request, streamed ones included, takes one token from the tenant's bucket first, then one of
     * the replica's in-flight slots for as long as it runs.
     */
    private <T> Uni<T> withinQuota(String tenant, Supplier<Uni<T>> call) {
        return Uni.createFrom().item(tenant).invoke(quotas::acquire).chain(ignored -> capacity.admit(call));
    }

    private static GetSubmissionResponse stored(SubmissionEntity e) {
        SubmissionAnswer answer = new SubmissionAnswer(e.id, e.classification(), e.caseId, e.actionIdList(), false);
        return GetSubmissionResponse.newBuilder()
                .setSubmission(SubmissionProtoMapping.toProto(answer))
                .setSurface(e.surface)
                .setAuthor(Subject.newBuilder()
                        .setType(SubjectType.valueOf("SUBJECT_TYPE_" + e.authorType))
                        .setId(e.authorId)
                        .setOrganizationId(e.authorOrgId == null ? "" : e.authorOrgId))
                .setReceivedAt(Timestamp.newBuilder().setSeconds(e.receivedAt.getEpochSecond()).setNanos(e.receivedAt.getNano()))
                .setExplanation(SubmissionProtoMapping.explanation(e.classification()))
                .build();
    }

    private static ReportReason reason(ReportRequest r) {
        return switch (r.getReason()) {
            case REPORT_REASON_SPAM -> ReportReason.SPAM;
            case REPORT_REASON_HARASSMENT -> ReportReason.HARASSMENT;
            case REPORT_REASON_HATE -> ReportReason.HATE;
            case REPORT_REASON_VIOLENCE -> ReportReason.VIOLENCE;
            case REPORT_REASON_SEXUAL -> ReportReason.SEXUAL;
            case REPORT_REASON_SELF_HARM -> ReportReason.SELF_HARM;
            case REPORT_REASON_OTHER -> ReportReason.OTHER;
            default -> ReportReason.UNSPECIFIED;
        };
    }
}
