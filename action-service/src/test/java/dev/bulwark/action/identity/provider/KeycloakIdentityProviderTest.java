package dev.bulwark.action.identity.provider;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.bulwark.action.identity.IdentityProviderException;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The admin client against a Keycloak that accepts connections and never answers: each call gives
 * up after the call timeout instead of holding its worker thread for ever. Runs inside Quarkus, whose
 * REST client the admin client is built on.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "ACTION")})
class KeycloakIdentityProviderTest {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(1);
    /** Far beyond the call timeout, yet short enough to end a test whose call would otherwise hang. */
    private static final Duration GIVE_UP = Duration.ofSeconds(15);

    @Test
    void shouldGiveUpOnAKeycloakThatNeverAnswers() throws IOException {
        try (SilentServer keycloak = new SilentServer();
                KeycloakIdentityProvider provider = new KeycloakIdentityProvider(keycloak.url(), "bulwark", "action-service",
                        "secret", CALL_TIMEOUT)) {
            assertTimeoutPreemptively(GIVE_UP, () -> assertThatThrownBy(() -> provider.disable("someone"))
                    .isInstanceOf(IdentityProviderException.class));
        }
    }

    /** Accepts connections on loopback, reads nothing and writes nothing: a hung server. */
    private static final class SilentServer implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> accepted = new ArrayList<>();

        SilentServer() throws IOException {
            Thread acceptor = new Thread(this::acceptForever, "silent-keycloak");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }

        private void acceptForever() {
            try {
                while (!socket.isClosed()) {
                    Socket connection = socket.accept();
                    synchronized (accepted) {
                        accepted.add(connection);
                    }
                }
            } catch (IOException closed) {
                // the test is over
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            synchronized (accepted) {
                for (Socket connection : accepted) {
                    connection.close();
                }
            }
        }
    }
}
