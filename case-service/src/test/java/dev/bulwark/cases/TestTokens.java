package dev.bulwark.cases;

import dev.bulwark.policy.PolicyLoader;
import dev.bulwark.policy.Queue;
import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;

/** Access tokens shaped like Keycloak's for people, signed by the OIDC test server case-service trusts. */
final class TestTokens {

    /** Every queue of the bundled policy. */
    static final List<String> ALL_QUEUES = PolicyLoader.loadBundled().routing().queues().stream().map(Queue::id).toList();

    private TestTokens() {}

    static String person(String username, List<String> roles, List<String> queues) {
        return Jwt.issuer("https://server.example.com")
                .subject("user-" + username)
                .upn(username)
                .claim("preferred_username", username)
                .audience("case-service")
                .claim("azp", "bulwark-cli")
                .claim("realm_access", Map.of("roles", roles))
                .claim("queues", queues)
                .expiresIn(300)
                .sign();
    }
}
