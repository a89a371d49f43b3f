package dev.bulwark.serviceauth;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.MethodDescriptor;
import io.quarkus.oidc.client.OidcClient;
import jakarta.inject.Singleton;

/**
 * Register on a gRPC client that calls another Bulwark service
 * ({@code @RegisterClientInterceptor(ServiceTokenInterceptor.class)}): its calls then carry this
 * service's token. The OIDC client is configured with {@code quarkus.oidc-client.*}. Created where it
 * is injected (a singleton, no proxy), it fetches a first token right away.
 */
@Singleton
public class ServiceTokenInterceptor implements ClientInterceptor {

    private final ServiceTokenCredentials credentials;

    public ServiceTokenInterceptor(OidcClient client) {
        this.credentials = new ServiceTokenCredentials(client);
        credentials.prefetch();
    }

    @Override
    public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
        return next.newCall(method, options.withCallCredentials(credentials));
    }
}
