package dev.bulwark.demo.stack;

import dev.bulwark.devstack.BulwarkService;
import dev.bulwark.devstack.DevSecrets;
import dev.bulwark.devstack.KeycloakServer;
import dev.bulwark.devstack.PostgresServer;
import dev.bulwark.devstack.ServiceStack;
import dev.bulwark.devstack.TokenClient;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keycloak, PostgreSQL and the four services on their documented local ports, started in dependency
 * order and stopped in reverse, exactly once however many times {@link #close()} is called. Suspensions
 * and bans of accounts reach Keycloak: the realm's end users lose their login while one is in force.
 */
public final class LocalStack implements AutoCloseable {

    /** The embedded PostgreSQL port of the local run. */
    public static final int POSTGRES_PORT = 55432;
    /** Keycloak's port in the local run. */
    public static final int KEYCLOAK_PORT = 8180;

    private final Path root;
    private final Path logDir;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final DevSecrets secrets = DevSecrets.forLocalRun();
    private volatile KeycloakServer keycloak;
    private volatile TokenClient tokens;
    private volatile PostgresServer postgres;
    private volatile ServiceStack services;

    public LocalStack(Path root) {
        this.root = root;
        this.logDir = root.resolve(".bulwark").resolve("logs");
    }

    /** Starts everything, printing each step; fails with a readable message when a port is taken. */
    public void start(PrintStream out) {
        requireFree(KEYCLOAK_PORT, "keycloak");
        for (BulwarkService service : BulwarkService.START_ORDER) {
            requireFree(service.localPort(), service.module());
        }
        if (KeycloakServer.firstStart()) {
            out.println("  keycloak             first run: downloading Keycloak " + KeycloakServer.VERSION
                    + " (~170 MB, once) and letting it build itself (1-2 minutes)");
        }
        keycloak = KeycloakServer.start(root, KEYCLOAK_PORT, secrets.environment(), logDir);
        tokens = new TokenClient(keycloak.tokenEndpoint());
        out.printf("  %-20s ready on port %d in %s%n", "keycloak", keycloak.port(), format(keycloak.startupTime()));
        long begin = System.nanoTime();
        postgres = PostgresServer.startOrConnect(POSTGRES_PORT);
        out.printf("  %-20s %s in %s%n", "postgresql",
                postgres.isEmbedded() ? "embedded on port " + postgres.port() : "connected on port " + postgres.port(),
                format(Duration.ofNanos(System.nanoTime() - begin)));
        services = new ServiceStack(root, postgres, logDir, Map.of()).withKeycloak(keycloak, secrets);
        BulwarkService.START_ORDER.forEach(s -> services.withPort(s, s.localPort()));
        for (BulwarkService service : BulwarkService.START_ORDER) {
            // The embedded server's data is temporary anyway; never drop databases of a server we were pointed at.
            postgres.ensureDatabase(service.database(), postgres.isEmbedded());
            Duration took = services.start(service);
            out.printf("  %-20s ready on port %d in %s, %d MiB resident%n",
                    service.module(), service.localPort(), format(took), services.process(service).residentMemoryMiB());
        }
    }

    /** Resident memory of a running service in MiB, or -1. */
    public long residentMemoryMiB(BulwarkService service) {
        return services == null || services.process(service) == null ? -1 : services.process(service).residentMemoryMiB();
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    /** Tokens from the local Keycloak. */
    public TokenClient tokens() {
        return tokens;
    }

    /** This run's client secrets and the demo password. */
    public DevSecrets secrets() {
        return secrets;
    }

    public Path logDir() {
        return logDir;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (services != null) {
            services.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static void requireFree(int port, String owner) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " (" + owner + ") is already in use: stop whatever holds it first");
        }
    }

    static String format(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
