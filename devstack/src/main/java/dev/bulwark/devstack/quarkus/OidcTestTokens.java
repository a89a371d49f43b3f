package dev.bulwark.devstack.quarkus;

import io.grpc.Metadata;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;

/**
 * Access tokens shaped like the Bulwark realm's, for service tests: signed with the key of the OIDC
 * test server ({@code OidcWiremockTestResource}) that the service under test then trusts.
 */
public final class OidcTestTokens {

    /** The issuer of the OIDC test server. */
    public static final String ISSUER = "https://server.example.com";

    private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private OidcTestTokens() {}

    /** A client-credentials token of a Keycloak client's service account: {@code azp} is the client. */
    public static JwtClaimsBuilder client(String client, String audience, List<String> roles) {
        return Jwt.issuer(ISSUER)
                .subject("service-account-" + client)
                .audience(audience)
                .claim("azp", client)
                .claim("realm_access", Map.of("roles", roles))
                .expiresIn(300);
    }

    /** A Bulwark service's own token, as another service receives it. */
    public static JwtClaimsBuilder service(String client, String audience) {
        return client(client, audience, List.of("bulwark-service"));
    }

    /** A person's token issued to the command-line client, with realm roles. */
    public static JwtClaimsBuilder person(String username, String audience, List<String> roles) {
        return Jwt.issuer(ISSUER)
                .subject("user-" + username)
                .upn(username)
                .claim("preferred_username", username)
                .audience(audience)
                .claim("azp", "bulwark-cli")
                .claim("realm_access", Map.of("roles", roles))
                .expiresIn(300);
    }

    /** The stub, sending {@code token} as its bearer token on every call. */
    public static <S extends AbstractStub<S>> S withToken(S stub, String token) {
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, "Bearer " + token);
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }
}
