package dev.bulwark.cases;

import dev.bulwark.policy.PolicyLoader;
import dev.bulwark.policy.Queue;
import io.grpc.Metadata;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;
import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;

/** Access tokens shaped like Keycloak's (people and service accounts), signed by the OIDC test server case-service trusts. */
final class TestTokens {

    /** Every queue of the bundled policy. */
    static final List<String> ALL_QUEUES = PolicyLoader.loadBundled().routing().queues().stream().map(Queue::id).toList();

    private TestTokens() {}

    /** A service account's token for case-service, as Keycloak issues it to {@code client}. */
    static String service(String client) {
        return Jwt.issuer("https://server.example.com")
                .subject("service-account-" + client)
                .audience("case-service")
                .claim("azp", client)
                .claim("realm_access", Map.of("roles", List.of("bulwark-service")))
                .expiresIn(300)
                .sign();
    }

    /** The stub, sending {@code token} as its bearer token on every call. */
    static <S extends AbstractStub<S>> S withToken(S stub, String token) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

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
