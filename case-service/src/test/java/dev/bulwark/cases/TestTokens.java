package dev.bulwark.cases;

import dev.bulwark.devstack.quarkus.OidcTestTokens;
import dev.bulwark.policy.PolicyLoader;
import dev.bulwark.policy.Queue;
import io.grpc.stub.AbstractStub;
import java.util.List;

/** Tokens as case-service receives them: people's (with assigned queues) and services'. */
final class TestTokens {

    private static final String AUDIENCE = "case-service";

    /** Every queue of the bundled policy. */
    static final List<String> ALL_QUEUES = PolicyLoader.loadBundled().routing().queues().stream().map(Queue::id).toList();

    private TestTokens() {}

    /** A service account's token for case-service, as Keycloak issues it to {@code client}. */
    static String service(String client) {
        return OidcTestTokens.service(client, AUDIENCE).sign();
    }

    /** The stub, sending {@code token} as its bearer token on every call. */
    static <S extends AbstractStub<S>> S withToken(S stub, String token) {
        return OidcTestTokens.withToken(stub, token);
    }

    static String person(String username, List<String> roles, List<String> queues) {
        return OidcTestTokens.person(username, AUDIENCE, roles).claim("queues", queues).sign();
    }
}
