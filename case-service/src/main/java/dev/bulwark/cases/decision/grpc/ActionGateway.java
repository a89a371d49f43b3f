package dev.bulwark.cases.decision.grpc;

import dev.bulwark.cases.platform.grpc.SubjectProtoMapping;
import dev.bulwark.cases.casefile.Subject;
import dev.bulwark.cases.decision.Decision;
import dev.bulwark.cases.decision.Enforcement;
import dev.bulwark.cases.decision.EnforcementRejectedException;
import dev.bulwark.cases.decision.EnforcementUnavailableException;
import dev.bulwark.cases.decision.Provenance;
import dev.bulwark.cases.decision.SubjectStanding;
import dev.bulwark.cases.decision.application.DecisionEffects.DecidedCase;
import com.google.protobuf.Timestamp;
import dev.bulwark.proto.action.v1.Action;
import dev.bulwark.proto.action.v1.GetStandingRequest;
import dev.bulwark.proto.action.v1.GetStandingResponse;
import dev.bulwark.proto.action.v1.RevertRequest;
import dev.bulwark.proto.action.v1.Standing;
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
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * case-service's calls to action-service (enforce a decision, revert an overturned action, read a
 * subject's standing), with its own service token and under the configured deadline.
 */
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
    public Uni<Enforcement> enforce(DecidedCase decided) {
        Decision decision = decided.decision();
        Provenance provenance = decided.provenance();
        EnforceRequest.Builder request = EnforceRequest.newBuilder()
                .setIdempotencyKey(idempotencyKey(decided.caseId()))
                .setSubject(SubjectProtoMapping.toProto(decided.subject()))
                .setCategory(decision.category())
                .setOrigin(ActionOrigin.ACTION_ORIGIN_REVIEW)
                .setRequestedType(decision.action() == null
                        ? ActionType.ACTION_TYPE_UNSPECIFIED
                        : ActionType.valueOf("ACTION_TYPE_" + decision.action().name()))
                .setReferenceId(decided.caseId().toString())
                .setActor(decided.reviewer())
                .setPolicyVersion(provenance.policyVersion())
                .addAllModelVersions(provenance.modelVersions())
                .addAllSignalIds(provenance.signalIds());
        // The tenant's webhook and the user's notice; action-service sends none without a tenant.
        Optional.ofNullable(decided.tenant()).ifPresent(request::setTenant);
        Optional.ofNullable(decided.language()).ifPresent(request::setLanguage);
        return action.withDeadlineAfter(config.actionDeadline().toMillis(), TimeUnit.MILLISECONDS)
                .enforce(request.build())
                .map(ActionGateway::toEnforcement)
                .onFailure().transform(ActionGateway::classify);
    }

    /**
     * Reverses an action, for example because an appeal or QA overturned the decision behind it.
     * Reverting an action that is already reverted answers with it unchanged, so a retry is safe.
     */
    @WithSpan("action.Revert")
    public Uni<Enforcement> revert(String actionId, String reason, String actor) {
        RevertRequest request = RevertRequest.newBuilder().setActionId(actionId).setReason(reason).setActor(actor).build();
        return action.withDeadlineAfter(config.actionDeadline().toMillis(), TimeUnit.MILLISECONDS)
                .revert(request)
                .map(response -> new Enforcement(List.of(response.getAction().getActionId()), standing(response.getStanding())))
                .onFailure().transform(ActionGateway::classify);
    }

    /** The subject's standing and its actions, newest first. */
    @WithSpan("action.GetStanding")
    public Uni<SubjectStanding> standing(Subject subject) {
        GetStandingRequest request = GetStandingRequest.newBuilder().setSubject(SubjectProtoMapping.toProto(subject)).build();
        return action.withDeadlineAfter(config.actionDeadline().toMillis(), TimeUnit.MILLISECONDS)
                .getStanding(request)
                .map(ActionGateway::toStanding)
                .onFailure().transform(ActionGateway::classify);
    }

    private static SubjectStanding toStanding(GetStandingResponse response) {
        Standing standing = response.getStanding();
        return new SubjectStanding(state(standing), standing.getActiveStrikes(), standing.getTotalStrikes(),
                standing.hasSuspendedUntil() ? instant(standing.getSuspendedUntil()) : null,
                response.getActionsList().stream().map(ActionGateway::priorAction).toList());
    }

    private static SubjectStanding.PriorAction priorAction(Action action) {
        return new SubjectStanding.PriorAction(action.getActionId(),
                action.getType().name().replace("ACTION_TYPE_", ""),
                action.getCategory(),
                action.getOrigin().name().replace("ACTION_ORIGIN_", ""),
                instant(action.getCreatedAt()),
                action.hasExpiresAt() ? instant(action.getExpiresAt()) : null,
                action.getReverted(),
                action.getReferenceId().isEmpty() ? null : action.getReferenceId());
    }

    private static Instant instant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }

    private static Enforcement.Standing standing(Standing standing) {
        return new Enforcement.Standing(state(standing), standing.getActiveStrikes());
    }

    private static String state(Standing standing) {
        return standing.getState().name().replace("STANDING_STATE_", "");
    }

    private static Enforcement toEnforcement(EnforceResponse response) {
        return new Enforcement(List.of(response.getAction().getActionId()), standing(response.getStanding()));
    }

    private static RuntimeException classify(Throwable failure) {
        if (failure instanceof StatusRuntimeException status && !TRANSIENT.contains(status.getStatus().getCode())) {
            return new EnforcementRejectedException(failure);
        }
        return new EnforcementUnavailableException(failure);
    }

}
