package dev.bulwark.action;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Makes a test's gRPC client call as intake-service does in production: each call carries a fresh
 * intake-service token ({@code @RegisterClientInterceptor(IntakeServiceToken.class)} on the client).
 */
@ApplicationScoped
public class IntakeServiceToken implements ClientInterceptor {

    @Override
    public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
        return new SimpleForwardingClientCall<>(next.newCall(method, options)) {
            @Override
            public void start(Listener<A> listener, Metadata headers) {
                headers.put(TestTokens.AUTHORIZATION, "Bearer " + TestTokens.service("intake-service"));
                super.start(listener, headers);
            }
        };
    }
}
