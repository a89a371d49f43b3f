package dev.bulwark.action;

import dev.bulwark.devstack.quarkus.OidcTestTokens;
import io.grpc.Metadata;
import io.grpc.stub.AbstractStub;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;

/**
 * Access tokens shaped like Keycloak's (client-credentials tokens of services, login tokens of
 * people), signed with the key of the OIDC test server that action-service validates against.
 */
public final class TestTokens {

    /** The audience action-service requires. */
    public static final String AUDIENCE = "action-service";

    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private TestTokens() {}

    /** A service account's token: {@code azp} is the Keycloak client, as for intake-service or case-service. */
    public static String service(String client) {
        return serviceClaims(client, AUDIENCE).sign();
    }

    public static JwtClaimsBuilder serviceClaims(String client, String audience) {
        return OidcTestTokens.service(client, audience);
    }

    /** A person's token issued to the command-line client, with realm roles. */
    public static String person(String username, List<String> roles) {
        return OidcTestTokens.person(username, AUDIENCE, roles).sign();
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
        return OidcTestTokens.withToken(stub, token);
    }
}
