package dev.bulwark.intake.grpc;

import io.grpc.Metadata;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;

/**
 * Access tokens shaped like Keycloak's client-credentials tokens, signed with the key of the OIDC
 * test server that intake validates against.
 */
final class TestTokens {

    /** The issuer of the OIDC test server. */
    static final String ISSUER = "https://server.example.com";

    private TestTokens() {}

    static String productTeam(String client) {
        return token(client, "intake-service", List.of("product-team")).sign();
    }

    static JwtClaimsBuilder token(String client, String audience, List<String> roles) {
        return Jwt.issuer(ISSUER)
                .subject("service-account-" + client)
                .audience(audience)
                .claim("azp", client)
                .claim("realm_access", Map.of("roles", roles))
                .expiresIn(300);
    }

    static <S extends AbstractStub<S>> S withToken(S stub, String token) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }
}
