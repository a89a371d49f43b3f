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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Submit over gRPC with the async stub, as a product team's fleet calls intake: a few plaintext connections
 * taken in turn (a server may serve each connection on one event loop, so one connection alone would
 * measure that loop), the bearer token on every call, a deadline per call. The echo server is driven
 * through the same class.
 */
public final class GrpcSubmitTarget implements SubmitTarget, AutoCloseable {

    private final List<ManagedChannel> channels = new ArrayList<>();
    private final List<IntakeServiceGrpc.IntakeServiceStub> stubs = new ArrayList<>();
    private final AtomicLong calls = new AtomicLong();
    private final long deadlineNanos;

    /**
     * A client of {@code host:port} over {@code connections} connections; {@code token} is asked per call, so
     * a caching token client can renew it.
     */
    public GrpcSubmitTarget(String host, int port, int connections, Supplier<String> token, Duration deadline) {
        BearerToken credentials = BearerToken.from(token);
        for (int c = 0; c < connections; c++) {
            ManagedChannel channel = NettyChannelBuilder.forAddress(host, port).usePlaintext().build();
            channels.add(channel);
            stubs.add(IntakeServiceGrpc.newStub(channel).withCallCredentials(credentials));
        }
        this.deadlineNanos = deadline.toNanos();
    }

    @Override
    public void submit(SubmitRequest request, Consumer<Outcome> done) {
        IntakeServiceGrpc.IntakeServiceStub stub = stubs.get((int) (calls.getAndIncrement() % stubs.size()));
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
        channels.forEach(ManagedChannel::shutdownNow);
        try {
            for (ManagedChannel channel : channels) {
                channel.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
