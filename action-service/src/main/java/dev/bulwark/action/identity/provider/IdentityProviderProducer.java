package dev.bulwark.action.identity.provider;

import dev.bulwark.action.identity.IdentityProvider;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

/** Chooses at startup between Keycloak and the no-op provider, from {@code bulwark.action.identity.enabled}. */
@ApplicationScoped
public class IdentityProviderProducer {

    private static final Logger LOG = Logger.getLogger(IdentityProviderProducer.class);

    /** Made at startup, so a missing setting stops the service at once rather than at its first ban. */
    @Produces
    @ApplicationScoped
    @Startup
    IdentityProvider identityProvider(IdentityConfig config) {
        if (!config.enabled()) {
            LOG.info("identity provider off: suspensions and bans do not reach Keycloak");
            return new NoopIdentityProvider();
        }
        String serverUrl = config.serverUrl().filter(url -> !url.isBlank()).orElseThrow(() ->
                new IllegalStateException("bulwark.action.identity.server-url is required when the identity provider is on"));
        String secret = config.clientSecret().filter(s -> !s.isBlank()).orElseThrow(() ->
                new IllegalStateException("bulwark.action.identity.client-secret is required when the identity provider is on"));
        LOG.infof("identity provider on: realm %s as client %s", config.realm(), config.clientId());
        return new KeycloakIdentityProvider(serverUrl, config.realm(), config.clientId(), secret, config.callTimeout());
    }

    void close(@Disposes IdentityProvider provider) throws Exception {
        if (provider instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
