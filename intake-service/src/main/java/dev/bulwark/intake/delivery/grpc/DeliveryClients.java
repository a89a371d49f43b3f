package dev.bulwark.intake.delivery.grpc;

import dev.bulwark.intake.config.IntakeConfig;
import dev.bulwark.intake.delivery.DeliveryOutcome;
import dev.bulwark.intake.delivery.persistence.OutboxEntity;
import dev.bulwark.proto.action.v1.EnforceRequest;
import dev.bulwark.proto.action.v1.MutinyActionServiceGrpc.MutinyActionServiceStub;
import dev.bulwark.proto.cases.v1.MutinyCaseServiceGrpc.MutinyCaseServiceStub;
import dev.bulwark.proto.cases.v1.OpenCaseRequest;
import dev.bulwark.serviceauth.ServiceTokenInterceptor;
import com.google.protobuf.InvalidProtocolBufferException;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;

/** Sends an outbox entry to case- or action-service, each call with a deadline and intake's service token. */
@ApplicationScoped
public class DeliveryClients {

    private final MutinyCaseServiceStub cases;
    private final MutinyActionServiceStub action;
    private final IntakeConfig config;

    public DeliveryClients(
            @GrpcClient("cases") MutinyCaseServiceStub cases,
            @GrpcClient("action") MutinyActionServiceStub action,
            ServiceTokenInterceptor serviceToken,
            IntakeConfig config) {
        this.cases = cases.withInterceptors(serviceToken);
        this.action = action.withInterceptors(serviceToken);
        this.config = config;
    }

    public Uni<DeliveryOutcome> send(OutboxEntity entry) {
        long deadline = config.deliveryDeadline().toMillis();
        try {
            return switch (entry.kind) {
                case OPEN_CASE -> cases.withDeadlineAfter(deadline, TimeUnit.MILLISECONDS)
                        .openCase(OpenCaseRequest.parseFrom(entry.payload))
                        .map(r -> DeliveryOutcome.caseOpened(r.getCaseId()));
                case ENFORCE -> action.withDeadlineAfter(deadline, TimeUnit.MILLISECONDS)
                        .enforce(EnforceRequest.parseFrom(entry.payload))
                        .map(r -> DeliveryOutcome.actionTaken(r.getAction().getActionId()));
                // A QA case, if the offer is sampled, is not the submission's review case.
                case OFFER_FOR_QA -> cases.withDeadlineAfter(deadline, TimeUnit.MILLISECONDS)
                        .openCase(OpenCaseRequest.parseFrom(entry.payload))
                        .map(r -> DeliveryOutcome.noted());
            };
        } catch (InvalidProtocolBufferException e) {
            return Uni.createFrom().failure(e);
        }
    }
}
