package dev.bulwark.demo.client;

import dev.bulwark.proto.action.v1.ActionServiceGrpc;
import dev.bulwark.proto.intake.v1.IntakeServiceGrpc;
import io.grpc.CallCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The calls a product team and a reviewer make, over real connections to ports known only at run
 * time: intake (with the product team's bearer token) and action-service over gRPC, case-service
 * over REST (action-service and case-service with a reviewer's bearer token).
 */
public final class BulwarkClients implements AutoCloseable {

    private static final long DEADLINE_SECONDS = 15;

    /**
     * What a product team's client should do: intake answers UNAVAILABLE when a replica is at capacity or
     * its database is briefly unreachable, and every intake call is safe to repeat (idempotency keys), so
     * the channel retries those with jittered exponential backoff (up to ~6 s), within each call's deadline.
     */
    private static final Map<String, ?> RETRY_WHEN_UNAVAILABLE = Map.of("methodConfig", List.of(Map.of(
            "name", List.of(Map.of("service", "bulwark.intake.v1.IntakeService")),
            "retryPolicy", Map.of(
                    "maxAttempts", 5.0,
                    "initialBackoff", "0.25s",
                    "maxBackoff", "4s",
                    "backoffMultiplier", 3.0,
                    "retryableStatusCodes", List.of("UNAVAILABLE")))));

    private final ManagedChannel intakeChannel;
    private final ManagedChannel actionChannel;
    private final IntakeServiceGrpc.IntakeServiceBlockingStub intake;
    private final CallCredentials productTeam;
    private final ActionServiceGrpc.ActionServiceBlockingStub action;
    private final CallCredentials reviewer;
    private final CaseApi cases;

    private BulwarkClients(String host, int intakePort, int actionPort, int casePort, CallCredentials productTeam,
            Supplier<String> reviewerToken) {
        this.intakeChannel = ManagedChannelBuilder.forAddress(host, intakePort).usePlaintext()
                .defaultServiceConfig(RETRY_WHEN_UNAVAILABLE).enableRetry().build();
        this.actionChannel = ManagedChannelBuilder.forAddress(host, actionPort).usePlaintext().build();
        this.intake = IntakeServiceGrpc.newBlockingStub(intakeChannel);
        this.productTeam = productTeam;
        this.action = ActionServiceGrpc.newBlockingStub(actionChannel);
        this.reviewer = BearerToken.from(reviewerToken);
        this.cases = new CaseApi("http://" + host + ":" + casePort, reviewerToken);
    }

    /**
     * Clients of the services on the given loopback ports; intake calls carry {@code productTeam}'s
     * token, whose client is the tenant, and case-service calls a reviewer's token.
     */
    public static BulwarkClients connect(int intakePort, int actionPort, int casePort, CallCredentials productTeam,
            Supplier<String> reviewerToken) {
        return new BulwarkClients("127.0.0.1", intakePort, actionPort, casePort, productTeam, reviewerToken);
    }

    /** intake-service as the product team; each call gets a fresh deadline. */
    public IntakeServiceGrpc.IntakeServiceBlockingStub intake() {
        return intakeAs(productTeam);
    }

    /** intake-service as the product team, for calls that should be in flight together. */
    public IntakeServiceGrpc.IntakeServiceFutureStub intakeAsync() {
        return IntakeServiceGrpc.newFutureStub(intakeChannel).withCallCredentials(productTeam)
                .withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS);
    }

    /** intake-service with other credentials, or none when {@code credentials} is null. */
    public IntakeServiceGrpc.IntakeServiceBlockingStub intakeAs(CallCredentials credentials) {
        return intake.withCallCredentials(credentials).withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * action-service as the reviewer (a senior reviewer may read standings and revert from tools);
     * each call gets a fresh deadline.
     */
    public ActionServiceGrpc.ActionServiceBlockingStub action() {
        return action.withCallCredentials(reviewer).withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS);
    }

    /** case-service's REST API. */
    public CaseApi cases() {
        return cases;
    }

    @Override
    public void close() {
        intakeChannel.shutdownNow();
        actionChannel.shutdownNow();
        try {
            intakeChannel.awaitTermination(5, TimeUnit.SECONDS);
            actionChannel.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
