package dev.bulwark.serviceauth;

import io.grpc.CallCredentials;
import io.grpc.Metadata;
import io.grpc.Status;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Puts the service's own access token (client-credentials grant of its Keycloak client) on each
 * gRPC call. The token is cached and fetched again, without blocking, when it is about to expire; a
 * call made while Keycloak cannot be reached fails UNAVAILABLE, which callers treat as transient.
 */
final class ServiceTokenCredentials extends CallCredentials {

    private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final OidcClient client;
    private final AtomicReference<Tokens> current = new AtomicReference<>();

    ServiceTokenCredentials(OidcClient client) {
        this.client = client;
    }

    /** Fetches a first token in the background, so the first call does not wait for Keycloak. */
    void prefetch() {
        client.getTokens().subscribe().with(current::set, failure -> { /* the first call fetches again */ });
    }

    @Override
    public void applyRequestMetadata(RequestInfo request, Executor executor, MetadataApplier applier) {
        Tokens tokens = current.get();
        if (usable(tokens)) {
            applier.apply(bearer(tokens));
            return;
        }
        client.getTokens().subscribe().with(
                fresh -> {
                    current.set(fresh);
                    applier.apply(bearer(fresh));
                },
                failure -> applier.fail(Status.UNAVAILABLE.withDescription("service token unavailable").withCause(failure)));
    }

    private static boolean usable(Tokens tokens) {
        return tokens != null && !tokens.isAccessTokenExpired() && !tokens.isAccessTokenWithinRefreshInterval();
    }

    private static Metadata bearer(Tokens tokens) {
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, "Bearer " + tokens.getAccessToken());
        return headers;
    }
}
