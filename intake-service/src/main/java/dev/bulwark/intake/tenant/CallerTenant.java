package dev.bulwark.intake.tenant;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The tenant of the call being served: the OIDC client the caller's client-credentials token was
 * issued to (its {@code azp} claim), so a product team cannot speak for another.
 */
@ApplicationScoped
public class CallerTenant {

    private final SecurityIdentity identity;

    public CallerTenant(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Read it at the start of a service method, while the call's request context is active. */
    public String current() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String client = token.getClaim("azp");
            if (client != null && !client.isBlank()) {
                return client;
            }
        }
        return identity.getPrincipal().getName();
    }
}
