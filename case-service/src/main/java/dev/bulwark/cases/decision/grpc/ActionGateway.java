package dev.bulwark.cases.decision.grpc;

import dev.bulwark.cases.casefile.Subject;
import dev.bulwark.cases.decision.Decision;
import dev.bulwark.cases.decision.Enforcement;
import dev.bulwark.cases.decision.EnforcementRejectedException;
import dev.bulwark.cases.decision.EnforcementUnavailableException;
import dev.bulwark.cases.decision.Provenance;
import dev.bulwark.cases.platform.config.CasesConfig;
import dev.bulwark.proto.action.v1.ActionOrigin;
import dev.bulwark.proto.action.v1.MutinyActionServiceGrpc.MutinyActionServiceStub;
import dev.bulwark.proto.action.v1.ActionType;
import dev.bulwark.proto.action.v1.EnforceRequest;
import dev.bulwark.proto.action.v1.EnforceResponse;
import dev.bulwark.proto.common.v1.SubjectType;
import io.grpc.Status;
import dev.bulwark.serviceauth.ServiceTokenInterceptor;
import io.grpc.StatusRuntimeException;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Asks action-service to enforce a reviewer's decision, as case-service (its service token), under the configured deadline. */
// Created at startup, so the service token is fetched before the first call needs it.
@Startup
@ApplicationScoped
public class ActionGateway {

    /** Codes after which the same call may succeed later. */
    private static final Set<Status.Code> TRANSIENT = EnumSet.of(Status.Code.UNAVAILABLE,
            Status.Code.DEADLINE_EXCEEDED, Status.Code.RESOURCE_EXHAUSTED, Status.Code.ABORTED);

    private final MutinyActionServiceStub action;
    private final CasesConfig config;

    public ActionGateway(@GrpcClient("action") MutinyActionServiceStub action, ServiceTokenInterceptor serviceToken, CasesConfig config) {
        this.action = action.withInterceptors(serviceToken);
        this.config = config;
    }

    /** The idempotency key of a case's decision: a retry, by anyone, never enforces twice. */
    public static String idempotencyKey(UUID caseId) {
        return "case:" + caseId + ":decision";
    }

    @WithSpan("action.Enforce")
    public Uni<Enforcement> enforce(UUID caseId, Subject subject, Decision decision, String reviewer, Provenance provenance) {
        EnforceRequest.Builder request = EnforceRequest.newBuilder()
                .setIdempotencyKey(idempotencyKey(caseId))
                .setSubject(toProto(subject))
                .setCategory(decision.category())
                .setOrigin(ActionOrigin.ACTION_ORIGIN_REVIEW)
                .setRequestedType(decision.action() == null
                        ? ActionType.ACTION_TYPE_UNSPECIFIED
                        : ActionType.valueOf("ACTION_TYPE_" + decision.action().name()))
                .setReferenceId(caseId.toString())
                .setActor(reviewer)
                .setPolicyVersion(provenance.policyVersion())
                .addAllModelVersions(provenance.modelVersions())
                .addAllSignalIds(provenance.signalIds());
        return action.withDeadlineAfter(config.actionDeadline().toMillis(), TimeUnit.MILLISECONDS)
                .enforce(request.build())
                .map(ActionGateway::toEnforcement)
                .onFailure().transform(ActionGateway::classify);
    }

    private static Enforcement toEnforcement(EnforceResponse response) {
        String state = response.getStanding().getState().name().replace("STANDING_STATE_", "");
        return new Enforcement(List.of(response.getAction().getActionId()),
                new Enforcement.Standing(state, response.getStanding().getActiveStrikes()));
    }

    private static RuntimeException classify(Throwable failure) {
        if (failure instanceof StatusRuntimeException status && !TRANSIENT.contains(status.getStatus().getCode())) {
            return new EnforcementRejectedException(failure);
        }
        return new EnforcementUnavailableException(failure);
    }

    private static dev.bulwark.proto.common.v1.Subject toProto(Subject subject) {
        dev.bulwark.proto.common.v1.Subject.Builder proto = dev.bulwark.proto.common.v1.Subject.newBuilder()
                .setType(switch (subject.type()) {
                    case ACCOUNT -> SubjectType.SUBJECT_TYPE_ACCOUNT;
                    case ORGANIZATION -> SubjectType.SUBJECT_TYPE_ORGANIZATION;
                })
                .setId(subject.id());
        if (subject.organizationId() != null) {
            proto.setOrganizationId(subject.organizationId());
        }
        return proto.build();
    }
}
