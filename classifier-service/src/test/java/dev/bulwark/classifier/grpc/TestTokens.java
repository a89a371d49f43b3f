package dev.bulwark.classifier.grpc;

import dev.bulwark.devstack.quarkus.OidcTestTokens;
import io.grpc.stub.AbstractStub;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;

/** Tokens as classifier-service receives them: services' client-credentials tokens and people's tokens. */
public final class TestTokens {

    /** The audience classifier-service accepts. */
    public static final String AUDIENCE = "classifier-service";

    private TestTokens() {}

    /** A token of intake-service's service account, the caller classifier admits. */
    public static String intakeService() {
        return serviceAccount("intake-service", AUDIENCE).sign();
    }

    /** A policy admin's token (Paula of the realm), the role the hash-bank admin API admits. */
    public static String policyAdmin() {
        return person("paula", List.of("policy-admin")).sign();
    }

    /** A person's token for classifier-service with these realm roles. */
    public static JwtClaimsBuilder person(String username, List<String> roles) {
        return OidcTestTokens.person(username, AUDIENCE, roles);
    }

    public static JwtClaimsBuilder serviceAccount(String client, String audience) {
        return OidcTestTokens.service(client, audience);
    }

    public static <S extends AbstractStub<S>> S withToken(S stub, String token) {
        return OidcTestTokens.withToken(stub, token);
    }
}
