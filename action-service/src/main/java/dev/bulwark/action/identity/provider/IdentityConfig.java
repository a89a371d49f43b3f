package dev.bulwark.action.identity.provider;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How suspensions and bans reach the identity provider (Keycloak), and how failed calls are retried. */
@ConfigMapping(prefix = "bulwark.action.identity")
public interface IdentityConfig {

    /** Whether effects are sent to Keycloak; when false they are recorded and skipped. */
    @WithDefault("false")
    boolean enabled();

    /** Base URL of Keycloak (e.g. {@code http://localhost:8180}); required when enabled. */
    Optional<String> serverUrl();

    /** Realm whose users are the accounts. */
    @WithDefault("bulwark")
    String realm();

    /** Confidential client whose service account may manage the realm's users. */
    @WithDefault("action-service")
    String clientId();

    /** Secret of that client; comes from the environment, never from a committed file. */
    Optional<String> clientSecret();

    /** Longest wait for one call to Keycloak before it counts as failed; also the HTTP read timeout of each request. */
    @WithDefault("10s")
    Duration callTimeout();

    /** How often the relay looks for effects that are due. */
    @WithDefault("5s")
    String relayEvery();

    /** Most effects one relay run applies. */
    @WithDefault("50")
    int relayBatch();

    /** Delay before the first retry of a failed effect; doubled on each further failure. */
    @WithDefault("1s")
    Duration retryInitialBackoff();

    /** Longest delay between two retries. */
    @WithDefault("5m")
    Duration retryMaxBackoff();
}
