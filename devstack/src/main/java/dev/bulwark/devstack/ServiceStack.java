package dev.bulwark.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Runs a set of packaged Bulwark services against one PostgreSQL server, each in its own
 * database, wired to each other's gRPC ports.
 */
public final class ServiceStack implements AutoCloseable {

    private final Path root;
    private final PostgresServer postgres;
    private final Path logDir;
    private final Map<String, String> extraProperties;
    private final Map<BulwarkService, Integer> ports = new EnumMap<>(BulwarkService.class);
    private final Map<BulwarkService, ServiceProcess> running = new LinkedHashMap<>();
    private final Set<BulwarkService> started = EnumSet.noneOf(BulwarkService.class);
    private TokenClient tokens;
    private DevSecrets secrets;
    private final Map<BulwarkService, Map<String, String>> serviceProperties = new EnumMap<>(BulwarkService.class);
    private volatile String oidcIssuer;

    public ServiceStack(Path root, PostgresServer postgres, Path logDir, Map<String, String> extraProperties) {
        this.root = root;
        this.postgres = postgres;
        this.logDir = logDir;
        this.extraProperties = Map.copyOf(extraProperties);
    }

    /** Fixes a service's port before start; services without one get a free port. */
    public ServiceStack withPort(BulwarkService service, int port) {
        ports.put(service, port);
        return this;
    }

    /**
     * Points the services at an OpenID Connect issuer (e.g. {@link KeycloakServer#issuer()}) through
     * {@code quarkus.oidc.auth-server-url}; services that check no tokens ignore it.
     */
    public ServiceStack withOidcIssuer(String issuer) {
        this.oidcIssuer = issuer;
        return this;
    }

    /**
     * Points the services at a Keycloak started with {@code secrets}: every service at its issuer (see
     * {@link #withOidcIssuer(String)}), and action-service's identity provider at its admin API, so a
     * suspension or ban of an account disables the Keycloak user of that name.
     */
    public ServiceStack withKeycloak(KeycloakServer keycloak, DevSecrets secrets) {
        this.tokens = new TokenClient(keycloak.tokenEndpoint());
        this.secrets = secrets;
        withOidcIssuer(keycloak.issuer());
        for (BulwarkService service : BulwarkService.START_ORDER) {
            withProperties(service, outboundAuthConfig(service, keycloak, secrets));
        }
        return withProperties(BulwarkService.ACTION, Map.of(
                "bulwark.action.identity.enabled", "true",
                "bulwark.action.identity.server-url", keycloak.baseUrl(),
                "bulwark.action.identity.client-secret", secrets.clientSecret("action-service")));
    }

    /** An access token of a service's own account, to call another service as it would (tests, tools). */
    public String serviceToken(BulwarkService caller) {
        if (tokens == null) {
            throw new IllegalStateException("this stack runs without Keycloak");
        }
        return tokens.clientCredentials(caller.module(), secrets.clientSecret(caller.module()));
    }

    /**
     * The OIDC client settings with which a service obtains its own token (client-credentials grant
     * of the Keycloak client named like the service) for its calls to other services; none for a
     * service that calls nobody.
     */
    public static Map<String, String> outboundAuthConfig(BulwarkService service, KeycloakServer keycloak, DevSecrets secrets) {
        if (service.grpcClients().isEmpty()) {
            return Map.of();
        }
        return Map.of(
                "quarkus.oidc-client.auth-server-url", keycloak.issuer(),
                "quarkus.oidc-client.client-id", service.module(),
                "quarkus.oidc-client.credentials.secret", secrets.clientSecret(service.module()));
    }

    /** Properties for one service only; they win over the stack's own and the shared extra ones. */
    public ServiceStack withProperties(BulwarkService service, Map<String, String> properties) {
        serviceProperties.computeIfAbsent(service, any -> new HashMap<>()).putAll(properties);
        return this;
    }

    /** Starts the services in dependency order; {@code freshDatabases} drops their data first. */
    public ServiceStack start(Collection<BulwarkService> services, boolean freshDatabases) {
        services.forEach(s -> ports.computeIfAbsent(s, any -> FreePort.find()));
        for (BulwarkService service : BulwarkService.START_ORDER) {
            if (services.contains(service)) {
                postgres.ensureDatabase(service.database(), freshDatabases);
                start(service);
            }
        }
        return this;
    }

    /** Starts (or restarts) one service and waits until it is ready; returns its startup time. */
    public Duration start(BulwarkService service) {
        stop(service);
        Map<String, String> properties = new HashMap<>(postgres.datasourceConfig(service.database()));
        properties.putAll(clientConfig(service));
        // The repository's policies/ as the services' policy directory, as a ConfigMap is in Kubernetes:
        // an edited or added policy file is picked up without a restart.
        properties.put("bulwark.policy.directory", root.resolve("policies").toString());
        if (oidcIssuer != null) {
            properties.put("quarkus.oidc.auth-server-url", oidcIssuer);
        }
        properties.putAll(extraProperties);
        properties.putAll(serviceProperties.getOrDefault(service, Map.of()));
        ServiceProcess process = ServiceProcess.start(root, service, port(service), properties, logDir, !started.add(service));
        running.put(service, process);
        return process.awaitReady(Duration.ofSeconds(90));
    }

    /** Stops one service (for fault tests); it keeps its port for a later restart. */
    public void stop(BulwarkService service) {
        ServiceProcess process = running.remove(service);
        if (process != null) {
            process.close();
        }
    }

    /** The gRPC client properties that point a service at the ports of the services it calls. */
    public Map<String, String> clientConfig(BulwarkService service) {
        return clientConfig(service, BulwarkService.START_ORDER);
    }

    /** Like {@link #clientConfig(BulwarkService)}, for the clients whose target is among {@code targets}. */
    public Map<String, String> clientConfig(BulwarkService service, Collection<BulwarkService> targets) {
        Map<String, String> config = new HashMap<>();
        service.grpcClients().forEach((client, target) -> {
            if (targets.contains(target)) {
                String port = String.valueOf(port(target));
                config.put("quarkus.grpc.clients." + client + ".host", "127.0.0.1");
                config.put("quarkus.grpc.clients." + client + ".port", port);
                // Under @QuarkusTest, clients go to test-port (by default the app's own port).
                config.put("quarkus.grpc.clients." + client + ".test-port", port);
            }
        });
        return config;
    }

    public int port(BulwarkService service) {
        return ports.computeIfAbsent(service, any -> FreePort.find());
    }

    public ServiceProcess process(BulwarkService service) {
        return running.get(service);
    }

    public Collection<ServiceProcess> processes() {
        return running.values();
    }

    @Override
    public void close() {
        List<BulwarkService> order = new ArrayList<>(BulwarkService.START_ORDER);
        Collections.reverse(order);
        order.forEach(this::stop);
    }

    /** The repository root: the nearest directory upwards that holds {@code policies/} and a pom. */
    public static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("policies")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("not inside the Bulwark repository");
    }
}
