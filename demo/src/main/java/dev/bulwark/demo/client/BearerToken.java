package dev.bulwark.demo.client;

import io.grpc.CallCredentials;
import io.grpc.Metadata;
import io.grpc.Status;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * gRPC call credentials that send {@code authorization: Bearer <token>}, asking the supplier for
 * the token on every call so a caching token client can renew it.
 */
public final class BearerToken extends CallCredentials {

    public static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final Supplier<String> token;

    private BearerToken(Supplier<String> token) {
        this.token = token;
    }

    /** Credentials whose token comes from {@code token}, e.g. a {@code TokenClient} call. */
    public static BearerToken from(Supplier<String> token) {
        return new BearerToken(token);
    }

    /** Credentials that always send this token, valid or not. */
    public static BearerToken of(String token) {
        return new BearerToken(() -> token);
    }

    @Override
    public void applyRequestMetadata(RequestInfo request, Executor appExecutor, MetadataApplier applier) {
        // Fetching a token may block on HTTP: not on the transport thread.
        appExecutor.execute(() -> {
            try {
                Metadata headers = new Metadata();
                headers.put(AUTHORIZATION, "Bearer " + token.get());
                applier.apply(headers);
            } catch (RuntimeException e) {
                applier.fail(Status.UNAUTHENTICATED.withDescription("no token: " + e.getMessage()).withCause(e));
            }
        });
    }
}
