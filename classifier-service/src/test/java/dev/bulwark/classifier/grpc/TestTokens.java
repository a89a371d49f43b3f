package dev.bulwark.classifier.grpc;

import io.grpc.Metadata;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;

/**
 * Access tokens shaped like Keycloak's service-account (client-credentials) tokens, signed with the
 * key of the OIDC test server that classifier validates against.
 */
final class TestTokens {

    /** The issuer of the OIDC test server. */
    static final String ISSUER = "https://server.example.com";

    /** The audience classifier-service accepts. */
    static final String AUDIENCE = "classifier-service";

    private TestTokens() {}

    /** A token of intake-service's service account, the caller classifier admits. */
    static String intakeService() {
        return serviceAccount("intake-service", AUDIENCE).sign();
    }

    static JwtClaimsBuilder serviceAccount(String client, String audience) {
        return Jwt.issuer(ISSUER)
                .subject("service-account-" + client)
                .audience(audience)
                .claim("azp", client)
                .claim("realm_access", Map.of("roles", List.of("bulwark-service")))
                .expiresIn(300);
    }

    static <S extends AbstractStub<S>> S withToken(S stub, String token) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }
}
