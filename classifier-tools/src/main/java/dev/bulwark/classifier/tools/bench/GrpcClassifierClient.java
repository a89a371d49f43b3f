package dev.bulwark.classifier.tools.bench;

import dev.bulwark.proto.classifier.v1.ClassifierServiceGrpc;
import dev.bulwark.proto.classifier.v1.ScoreRequest;
import dev.bulwark.proto.common.v1.Content;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Calls classifier-service's {@code Score} over one plaintext channel, as intake-service does, with a bearer token. */
public final class GrpcClassifierClient implements AutoCloseable {

    private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    private static final long DEADLINE_SECONDS = 10;

    private final ManagedChannel channel;
    private final ClassifierServiceGrpc.ClassifierServiceBlockingStub stub;
    private final String surface;

    /** A client of {@code host:port}; {@code token} is asked on every call, so a caching token client can renew it. */
    public GrpcClassifierClient(String host, int port, Supplier<String> token, String surface) {
        this.channel = ManagedChannelBuilder.forAddress(host, port).usePlaintext().build();
        this.stub = ClassifierServiceGrpc.newBlockingStub(channel).withInterceptors(new BearerTokenInterceptor(token));
        this.surface = surface;
    }

    /** Scores one text; returns the verdict's number so the call's result is used. */
    public int score(String text) {
        ScoreRequest request = ScoreRequest.newBuilder()
                .setSurface(surface)
                .setContent(Content.newBuilder().setText(text))
                .build();
        return stub.withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS).score(request).getDecision().getVerdictValue();
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

    /** Adds {@code authorization: Bearer <token>} to every call. */
    private record BearerTokenInterceptor(Supplier<String> token) implements ClientInterceptor {

        @Override
        public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
            return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
                @Override
                public void start(Listener<R> listener, Metadata headers) {
                    headers.put(AUTHORIZATION, "Bearer " + token.get());
                    super.start(listener, headers);
                }
            };
        }
    }
}
