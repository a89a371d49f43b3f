package dev.bulwark.bench.load;

import dev.bulwark.demo.client.BearerToken;
import dev.bulwark.proto.intake.v1.IntakeServiceGrpc;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Submit over gRPC with the async stub, as a product team calls intake: one plaintext channel, the bearer
 * token on every call, a deadline per call. The echo server is driven through the same class.
 */
public final class GrpcSubmitTarget implements SubmitTarget, AutoCloseable {

    private final ManagedChannel channel;
    private final IntakeServiceGrpc.IntakeServiceStub stub;
    private final long deadlineNanos;

    /** A client of {@code host:port}; {@code token} is asked per call, so a caching token client can renew it. */
    public GrpcSubmitTarget(String host, int port, Supplier<String> token, Duration deadline) {
        this.channel = NettyChannelBuilder.forAddress(host, port).usePlaintext().build();
        this.stub = IntakeServiceGrpc.newStub(channel).withCallCredentials(BearerToken.from(token));
        this.deadlineNanos = deadline.toNanos();
    }

    @Override
    public void submit(SubmitRequest request, Consumer<Outcome> done) {
        stub.withDeadlineAfter(deadlineNanos, TimeUnit.NANOSECONDS).submit(request, new StreamObserver<>() {
            private SubmitResponse response;

            @Override
            public void onNext(SubmitResponse value) {
                response = value;
            }

            @Override
            public void onError(Throwable t) {
                done.accept(Outcome.error(Status.fromThrowable(t).getCode()));
            }

            @Override
            public void onCompleted() {
                done.accept(Outcome.ok(label(response)));
            }
        });
    }

    /**
     * The verdict and what intake did about it: {@code +case} when the answer names the case it opened,
     * {@code +action} when it names enforcement actions, {@code fallback} when the classifier did not
     * answer in time and the failure mode decided.
     */
    static String label(SubmitResponse response) {
        StringBuilder label = new StringBuilder(response.getVerdict().name().replace("VERDICT_", ""));
        if (!response.getCaseId().isEmpty()) {
            label.append(" +case");
        }
        if (response.getActionIdsCount() > 0) {
            label.append(" +action");
        }
        if (response.getFallback()) {
            label.append(" fallback");
        }
        return label.toString();
    }

    @Override
    public void close() {
        channel.shutdownNow();
        try {
            channel.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
