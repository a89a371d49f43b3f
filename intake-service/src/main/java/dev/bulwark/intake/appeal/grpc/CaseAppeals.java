package dev.bulwark.intake.appeal.grpc;

import com.google.protobuf.Any;
import com.google.protobuf.Timestamp;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import dev.bulwark.intake.appeal.AppealAnswer;
import dev.bulwark.intake.appeal.AppealStatus;
import dev.bulwark.intake.appeal.FiledAppeal;
import dev.bulwark.intake.appeal.NewAppeal;
import dev.bulwark.intake.config.IntakeConfig;
import dev.bulwark.intake.submission.Subject;
import dev.bulwark.proto.cases.v1.GetAppealRequest;
import dev.bulwark.proto.cases.v1.GetAppealResponse;
import dev.bulwark.proto.cases.v1.MutinyCaseServiceGrpc.MutinyCaseServiceStub;
import dev.bulwark.proto.cases.v1.OpenAppealRequest;
import dev.bulwark.intake.grpc.SubjectProtoMapping;
import dev.bulwark.serviceauth.ServiceTokenInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Files and reads appeals at case-service, synchronously (appeals are few), with intake's service
 * token and a deadline. What case-service says about the request (invalid, not found, already exists,
 * failed precondition) reaches the caller as it is; a case-service that cannot answer now becomes
 * UNAVAILABLE, after which a retry with the same key is safe; anything else is INTERNAL.
 */
@ApplicationScoped
public class CaseAppeals {

    private static final Logger LOG = Logger.getLogger(CaseAppeals.class);
    private static final String DOMAIN = "intake.bulwark.dev";

    /** Answers about the request itself, which the caller should see. */
    private static final Set<Status.Code> THE_CALLERS = EnumSet.of(Status.Code.INVALID_ARGUMENT, Status.Code.NOT_FOUND,
            Status.Code.ALREADY_EXISTS, Status.Code.FAILED_PRECONDITION);

    /** Codes after which the same call may succeed later. */
    private static final Set<Status.Code> TRANSIENT = EnumSet.of(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED,
            Status.Code.RESOURCE_EXHAUSTED, Status.Code.ABORTED);

    private final MutinyCaseServiceStub cases;
    private final IntakeConfig config;

    public CaseAppeals(@GrpcClient("cases") MutinyCaseServiceStub cases, ServiceTokenInterceptor serviceToken, IntakeConfig config) {
        this.cases = cases.withInterceptors(serviceToken);
        this.config = config;
    }

    /** Files the appeal under the tenant-scoped key, with the tenant as its filer. */
    @WithSpan("cases.OpenAppeal")
    public Uni<AppealAnswer> open(NewAppeal appeal) {
        OpenAppealRequest request = OpenAppealRequest.newBuilder()
                .setIdempotencyKey(appeal.scopedKey())
                .setActionId(appeal.actionId())
                .setSubject(SubjectProtoMapping.toProto(appeal.subject()))
                .setStatement(appeal.statement() == null ? "" : appeal.statement())
                .setFiledBy(appeal.tenant())
                .build();
        return withDeadline().openAppeal(request)
                .map(r -> new AppealAnswer(r.getAppealId(), status(r.getStatus()), r.getReplayed()))
                .onFailure().transform(CaseAppeals::classify);
    }

    /** The appeal, if the tenant filed it; any other is NOT_FOUND. */
    @WithSpan("cases.GetAppeal")
    public Uni<FiledAppeal> read(String tenant, String appealId) {
        GetAppealRequest request = GetAppealRequest.newBuilder().setAppealId(appealId).setFiledBy(tenant).build();
        return withDeadline().getAppeal(request)
                .map(CaseAppeals::filed)
                .onFailure().transform(CaseAppeals::classify);
    }

    private MutinyCaseServiceStub withDeadline() {
        return cases.withDeadlineAfter(config.appealDeadline().toMillis(), TimeUnit.MILLISECONDS);
    }

    private static FiledAppeal filed(GetAppealResponse r) {
        dev.bulwark.proto.common.v1.Subject s = r.getSubject();
        Subject subject = SubjectProtoMapping.toDomain(s);
        return new FiledAppeal(r.getAppealId(), r.getActionId(), subject, status(r.getStatus()), instant(r.getFiledAt()),
                r.hasResolvedAt() ? instant(r.getResolvedAt()) : null);
    }

    private static AppealStatus status(dev.bulwark.proto.common.v1.AppealStatus status) {
        return switch (status) {
            case APPEAL_STATUS_UPHELD -> AppealStatus.UPHELD;
            case APPEAL_STATUS_OVERTURNED -> AppealStatus.OVERTURNED;
            default -> AppealStatus.OPEN;
        };
    }


    private static Instant instant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }

    private static Throwable classify(Throwable failure) {
        Status status = Status.fromThrowable(failure);
        Status.Code code = status.getCode();
        if (THE_CALLERS.contains(code)) {
            com.google.rpc.Status detailed = StatusProto.fromThrowable(failure);
            return detailed != null
                    ? StatusProto.toStatusRuntimeException(detailed)
                    : status(Code.forNumber(code.value()), String.valueOf(status.getDescription()), code.name());
        }
        if (TRANSIENT.contains(code)) {
            LOG.warnf("case-service could not answer an appeal call: %s", code);
            return status(Code.UNAVAILABLE, "case-service is unavailable; retry with the same idempotency key", "CASES_UNAVAILABLE");
        }
        LOG.error("case-service refused an appeal call", failure);
        return status(Code.INTERNAL, "internal error", "INTERNAL");
    }

    private static StatusRuntimeException status(Code code, String message, String reason) {
        return StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
                .setCode(code.getNumber())
                .setMessage(message)
                .addDetails(Any.pack(ErrorInfo.newBuilder().setReason(reason).setDomain(DOMAIN).build()))
                .build());
    }
}
