package dev.bulwark.intake.tenant;

import dev.bulwark.intake.config.IntakeConfig;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Puts the calling tenant into the gRPC context. Until calls carry client-credentials tokens the
 * tenant comes from the {@code x-bulwark-tenant} header; this class is where the token's client
 * will take over.
 */
@ApplicationScoped
@GlobalInterceptor
public class TenantInterceptor implements ServerInterceptor {

    static final Context.Key<String> TENANT = Context.key("bulwark-tenant");
    private static final Metadata.Key<String> HEADER = Metadata.Key.of("x-bulwark-tenant", Metadata.ASCII_STRING_MARSHALLER);

    private final String defaultTenant;

    public TenantInterceptor(IntakeConfig config) {
        this.defaultTenant = config.defaultTenant();
    }

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
        String tenant = headers.get(HEADER);
        String resolved = tenant == null || tenant.isBlank() ? defaultTenant : tenant.trim();
        return Contexts.interceptCall(Context.current().withValue(TENANT, resolved), call, headers, next);
    }

    /** The tenant of the call being served; read it at the start of a service method. */
    public static String currentTenant() {
        return TENANT.get();
    }
}
