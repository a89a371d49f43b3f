package dev.bulwark.intake.grpc;

import dev.bulwark.devstack.quarkus.OidcTestTokens;
import io.grpc.stub.AbstractStub;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;

/** Tokens as intake receives them: product teams' client-credentials tokens for audience intake-service. */
final class TestTokens {

    private TestTokens() {}

    static String productTeam(String client) {
        return token(client, "intake-service", List.of("product-team")).sign();
    }

    static JwtClaimsBuilder token(String client, String audience, List<String> roles) {
        return OidcTestTokens.client(client, audience, roles);
    }

    static <S extends AbstractStub<S>> S withToken(S stub, String token) {
        return OidcTestTokens.withToken(stub, token);
    }
}
