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

    /** A token of the chat product team's service account (realm role product-team), a REST caller. */
    public static String productTeam() {
        return OidcTestTokens.client("team-chat", AUDIENCE, List.of("product-team")).sign();
    }

    /** A policy admin's token (Paula of the realm), the role the policy and hash-bank admin APIs admit. */
    public static String policyAdmin() {
        return person("paula", "policy-admin");
    }

    /** A person's token with the given realm roles, issued to the command-line client. */
    public static String person(String username, String... roles) {
        return OidcTestTokens.person(username, AUDIENCE, List.of(roles)).sign();
    }

    public static JwtClaimsBuilder serviceAccount(String client, String audience) {
        return OidcTestTokens.service(client, audience);
    }

    public static <S extends AbstractStub<S>> S withToken(S stub, String token) {
        return OidcTestTokens.withToken(stub, token);
    }
}
