package dev.bulwark.devstack.quarkus;

import dev.bulwark.devstack.BulwarkService;
import dev.bulwark.devstack.DevSecrets;
import dev.bulwark.devstack.KeycloakServer;
import dev.bulwark.devstack.PostgresServer;
import dev.bulwark.devstack.ServiceStack;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL database (fresh each run) and, when asked, the real
 * packaged services it calls, started as processes and wired to its gRPC clients. With downstream
 * services a real Keycloak runs too: they accept only service tokens of its realm, and the service
 * under test obtains its own token there (its inbound tokens may come from elsewhere).
 *
 * <p>Arguments: {@code service} (the service under test, a {@link BulwarkService} name) and
 * {@code downstream} (comma-separated {@link BulwarkService} names to start; optional).
 */
public class BulwarkTestResource implements QuarkusTestResourceLifecycleManager {

    private BulwarkService service;
    private List<BulwarkService> downstream = List.of();
    private PostgresServer postgres;
    private KeycloakServer keycloak;
    private ServiceStack stack;

    /**
     * The stack started for this JVM's tests. When a later test class shares the running resources,
     * Quarkus asks a fresh, never-started instance to inject, so the started one is kept here.
     */
    private static volatile ServiceStack running;

    @Override
    public void init(Map<String, String> args) {
        service = BulwarkService.valueOf(args.get("service"));
        String names = args.getOrDefault("downstream", "");
        if (!names.isBlank()) {
            downstream = Arrays.stream(names.split(",")).map(String::trim).map(BulwarkService::valueOf).toList();
        }
    }

    @Override
    public Map<String, String> start() {
        postgres = PostgresServer.startOrConnect(0);
        String database = service.database() + "_test";
        postgres.ensureDatabase(database, true);
        Map<String, String> config = new HashMap<>(postgres.datasourceConfig(database));
        if (!downstream.isEmpty()) {
            Path root = ServiceStack.findRoot();
            Path logs = root.resolve(service.module()).resolve("target/downstream-logs");
            DevSecrets secrets = DevSecrets.random();
            keycloak = KeycloakServer.start(root, 0, secrets.environment(), logs);
            stack = new ServiceStack(root, postgres, logs, Map.of()).withKeycloak(keycloak, secrets).start(downstream, true);
            running = stack;
            config.putAll(stack.clientConfig(service, downstream));
            config.putAll(ServiceStack.outboundAuthConfig(service, keycloak, secrets));
        }
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(stack != null ? stack : running,
                new TestInjector.AnnotatedAndMatchesType(InjectServiceStack.class, ServiceStack.class));
    }

    @Override
    public void stop() {
        if (stack != null) {
            if (running == stack) {
                running = null;
            }
            stack.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
