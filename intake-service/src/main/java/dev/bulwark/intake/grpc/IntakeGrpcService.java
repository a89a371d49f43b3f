package dev.bulwark.intake.grpc;

import com.google.protobuf.Timestamp;
import dev.bulwark.intake.report.NewReport;
import dev.bulwark.intake.report.ReportReason;
import dev.bulwark.intake.report.service.FileReport;
import dev.bulwark.intake.submission.SubmissionAnswer;
import dev.bulwark.intake.submission.persistence.SubmissionEntity;
import dev.bulwark.intake.submission.service.ReadSubmission;
import dev.bulwark.intake.submission.service.SubmitSubmission;
import dev.bulwark.intake.tenant.TenantInterceptor;
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
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** The product teams' gRPC entry point; maps the contract to the use cases and errors to statuses. */
@GrpcService
public class IntakeGrpcService implements IntakeService {

    private final SubmitSubmission submit;
    private final FileReport report;
    private final ReadSubmission read;

    public IntakeGrpcService(SubmitSubmission submit, FileReport report, ReadSubmission read) {
        this.submit = submit;
        this.report = report;
        this.read = read;
    }

    @Override
    public Uni<SubmitResponse> submit(SubmitRequest request) {
        String tenant = TenantInterceptor.currentTenant();
        return submit.submit(SubmissionProtoMapping.toDomain(tenant, request))
                .map(SubmissionProtoMapping::toProto)
                .onFailure().transform(GrpcErrors::toException);
    }

    /** In request order, one at a time: a slow consumer slows the producer instead of buffering. */
    @Override
    public Multi<SubmitStreamResponse> submitStream(Multi<SubmitStreamRequest> requests) {
        String tenant = TenantInterceptor.currentTenant();
        return requests.onItem().transformToUniAndConcatenate(r -> {
            SubmitStreamResponse.Builder answer = SubmitStreamResponse.newBuilder()
                    .setIdempotencyKey(r.getSubmission().getIdempotencyKey());
            return submit.submit(SubmissionProtoMapping.toDomain(tenant, r.getSubmission()))
                    .map(a -> answer.setResult(SubmissionProtoMapping.toProto(a)).build())
                    .onFailure().recoverWithItem(e -> answer.setError(GrpcErrors.toStatus(e)).build());
        });
    }

    @Override
    public Uni<ReportResponse> report(ReportRequest request) {
        String tenant = TenantInterceptor.currentTenant();
        NewReport newReport = new NewReport(tenant, request.getIdempotencyKey(),
                SubmissionProtoMapping.subject(request.getReporter()), SubmissionProtoMapping.subject(request.getTarget()),
                request.getSubmissionId(), reason(request), request.getDetails());
        return report.file(newReport)
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
        String tenant = TenantInterceptor.currentTenant();
        return read.read(tenant, request.getSubmissionId())
                .map(IntakeGrpcService::stored)
                .onFailure().transform(GrpcErrors::toException);
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
