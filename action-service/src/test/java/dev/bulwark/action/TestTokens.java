package dev.bulwark.action;

import io.grpc.Metadata;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;

/**
 * Access tokens shaped like Keycloak's (client-credentials tokens of services, login tokens of
 * people), signed with the key of the OIDC test server that action-service validates against.
 */
public final class TestTokens {

    /** The issuer of the OIDC test server. */
    public static final String ISSUER = "https://server.example.com";
    /** The audience action-service requires. */
    public static final String AUDIENCE = "action-service";

    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private TestTokens() {}

    /** A service account's token: {@code azp} is the Keycloak client, as for intake-service or case-service. */
    public static String service(String client) {
        return serviceClaims(client, AUDIENCE).sign();
    }

    public static JwtClaimsBuilder serviceClaims(String client, String audience) {
        return Jwt.issuer(ISSUER)
                .subject("service-account-" + client)
                .audience(audience)
                .claim("azp", client)
                .claim("realm_access", Map.of("roles", List.of("bulwark-service")))
                .expiresIn(300);
    }

    /** A person's token issued to the command-line client, with realm roles. */
    public static String person(String username, List<String> roles) {
        return Jwt.issuer(ISSUER)
                .subject("user-" + username)
                .upn(username)
                .claim("preferred_username", username)
                .audience(AUDIENCE)
                .claim("azp", "bulwark-cli")
                .claim("realm_access", Map.of("roles", roles))
                .expiresIn(300)
                .sign();
    }

    /** A REST request as an auditor, who may read standing and verify the audit chain. */
    public static RequestSpecification asAuditor() {
        return as(person("audrey", List.of("auditor")));
    }

    /** A REST request carrying the given bearer token. */
    public static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token);
    }

    public static <S extends AbstractStub<S>> S withToken(S stub, String token) {
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, "Bearer " + token);
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }
}
