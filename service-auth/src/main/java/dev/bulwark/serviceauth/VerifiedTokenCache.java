package dev.bulwark.serviceauth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token once and remembers whom it names until the token expires. Checking a JWT
 * (its RS256 signature, then parsing its claims) cost about a third of intake's and the classifier's
 * CPU per call, although a caller sends the same token for minutes.
 *
 * <p>A token is remembered no longer than its own {@code exp} and
 * {@code bulwark.service-auth.token-cache.max-age}; a token that fails is never remembered, so it is
 * checked (and refused) every time. Tokens were always verified locally, so a token revoked in
 * Keycloak stayed valid until it expired before this cache too. {@code max-size=0} turns it off.
 */
@ApplicationScoped
public class VerifiedTokenCache implements IdentityProvider<TokenAuthenticationRequest> {

    /** Ahead of quarkus-oidc's provider, which keeps the default priority and verifies on a miss. */
    private static final int AHEAD_OF_OIDC = IdentityProvider.SYSTEM_FIRST + 2;
    /** Attributes quarkus-oidc takes from the request being authenticated, not from the token. */
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String BLOCKING_API = AuthenticationRequestContext.class.getName();

    private final OidcIdentityProvider verifier;
    private final Clock clock;
    private final Duration maxAge;
    private final Cache<String, SecurityIdentity> verified;

    public VerifiedTokenCache(OidcIdentityProvider verifier, MeterRegistry meters,
            @ConfigProperty(name = "bulwark.service-auth.token-cache.max-size", defaultValue = "1000") long maxSize,
            @ConfigProperty(name = "bulwark.service-auth.token-cache.max-age", defaultValue = "5m") Duration maxAge) {
        this.verifier = verifier;
        this.clock = Clock.systemUTC();
        this.maxAge = maxAge;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(Expiry.<String, SecurityIdentity>creating((token, identity) -> lifetime(identity)))
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(meters, verified, "verified-tokens");
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return AHEAD_OF_OIDC;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        SecurityIdentity known = verified.getIfPresent(token);
        if (known != null) {
            return Uni.createFrom().item(forRequest(known, HttpSecurityUtils.getRoutingContextAttribute(request)));
        }
        return verifier.authenticate(request, context).invoke(identity -> remember(token, identity));
    }

    private void remember(String token, SecurityIdentity identity) {
        if (identity != null && expiry(identity).isPresent()) {
            verified.put(token, withoutRequest(identity));
        }
    }

    /** Until the token expires, at most {@code max-age}; Caffeine reads a zero or negative time as expired. */
    private Duration lifetime(SecurityIdentity identity) {
        Duration untilExpiry = Duration.between(clock.instant(), expiry(identity).orElseGet(clock::instant));
        return untilExpiry.compareTo(maxAge) < 0 ? untilExpiry : maxAge;
    }

    /** The token's {@code exp}; opaque tokens (introspected, no JWT principal) have none here and are not remembered. */
    private static Optional<Instant> expiry(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0
                ? Optional.of(Instant.ofEpochSecond(jwt.getExpirationTime()))
                : Optional.empty();
    }

    /**
     * The identity without the request it was first verified on, so the cache holds no request. The
     * builder cannot drop an attribute, so they are set to null, which reads as absent.
     */
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        return QuarkusSecurityIdentity.builder(identity).addAttribute(ROUTING_CONTEXT, null).addAttribute(BLOCKING_API, null).build();
    }

    /** A remembered identity with the attributes quarkus-oidc gives it from the current request. */
    private static SecurityIdentity forRequest(SecurityIdentity known, RoutingContext request) {
        if (request == null) {
            return known;
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(known).addAttribute(ROUTING_CONTEXT, request);
        Object blockingApi = request.get(BLOCKING_API);
        if (blockingApi != null) {
            builder.addAttribute(BLOCKING_API, blockingApi);
        }
        return builder.build();
    }
}
