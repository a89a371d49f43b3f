package dev.bulwark.classifier.grpc;

import dev.bulwark.devstack.quarkus.OidcTestTokens;
import io.grpc.stub.AbstractStub;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Tokens as classifier-service receives them: services' client-credentials tokens. */
final class TestTokens {

    /** The audience classifier-service accepts. */
    static final String AUDIENCE = "classifier-service";

    private TestTokens() {}

    /** A token of intake-service's service account, the caller classifier admits. */
    static String intakeService() {
        return serviceAccount("intake-service", AUDIENCE).sign();
    }

    static JwtClaimsBuilder serviceAccount(String client, String audience) {
        return OidcTestTokens.service(client, audience);
    }

    static <S extends AbstractStub<S>> S withToken(S stub, String token) {
        return OidcTestTokens.withToken(stub, token);
    }
}
