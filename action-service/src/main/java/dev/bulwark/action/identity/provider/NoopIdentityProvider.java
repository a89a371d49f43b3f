package dev.bulwark.action.identity.provider;

import dev.bulwark.action.identity.IdentityProvider;
import dev.bulwark.action.identity.IdentityResult;
import org.jboss.logging.Logger;

/** Stands in for Keycloak when the identity provider is switched off: sends nothing. */
final class NoopIdentityProvider implements IdentityProvider {

    private static final Logger LOG = Logger.getLogger(NoopIdentityProvider.class);

    @Override
    public IdentityResult disable(String accountId) {
        LOG.debug("identity provider disabled: user not disabled");
        return IdentityResult.SKIPPED;
    }

    @Override
    public IdentityResult enable(String accountId) {
        LOG.debug("identity provider disabled: user not enabled");
        return IdentityResult.SKIPPED;
    }
}
