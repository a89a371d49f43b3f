package dev.bulwark.serviceauth;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * HTTP permission policy {@value #NAME}: admits the service accounts named in
 * {@code bulwark.service-auth.allowed-callers} (by the token's {@code azp}, the Keycloak client the
 * token was issued to) and people holding a role in {@code bulwark.service-auth.allowed-roles}.
 * Anonymous callers get 401 (UNAUTHENTICATED over gRPC), others 403 (PERMISSION_DENIED).
 */
@ApplicationScoped
public class ServiceCallerPolicy implements HttpSecurityPolicy {

    public static final String NAME = "bulwark-service-callers";

    private final Set<String> callers;
    private final Set<String> roles;

    public ServiceCallerPolicy(
            @ConfigProperty(name = "bulwark.service-auth.allowed-callers") Optional<List<String>> callers,
            @ConfigProperty(name = "bulwark.service-auth.allowed-roles") Optional<List<String>> roles) {
        this.callers = Set.copyOf(callers.orElse(List.of()));
        this.roles = Set.copyOf(roles.orElse(List.of()));
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity, AuthorizationRequestContext context) {
        return identity.map(caller -> admits(caller) ? CheckResult.PERMIT : CheckResult.DENY);
    }

    @Override
    public String name() {
        return NAME;
    }

    private boolean admits(SecurityIdentity caller) {
        if (caller.isAnonymous()) {
            return false;
        }
        if (caller.getPrincipal() instanceof JsonWebToken token && callers.contains(token.<String>getClaim("azp"))) {
            return true;
        }
        return caller.getRoles().stream().anyMatch(roles::contains);
    }
}
