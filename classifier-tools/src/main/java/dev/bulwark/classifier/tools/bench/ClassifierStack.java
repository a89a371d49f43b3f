package dev.bulwark.classifier.tools.bench;

import dev.bulwark.devstack.BulwarkService;
import dev.bulwark.devstack.DevSecrets;
import dev.bulwark.devstack.KeycloakServer;
import dev.bulwark.devstack.PostgresServer;
import dev.bulwark.devstack.ServiceStack;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Keycloak, an embedded PostgreSQL and the packaged classifier-service on free ports, for a benchmark
 * that calls the service as intake-service would, with intake-service's own service-account token.
 */
public final class ClassifierStack implements AutoCloseable {

    private final KeycloakServer keycloak;
    private final PostgresServer postgres;
    private final ServiceStack services;

    private ClassifierStack(KeycloakServer keycloak, PostgresServer postgres, ServiceStack services) {
        this.keycloak = keycloak;
        this.postgres = postgres;
        this.services = services;
    }

    /** Starts everything, printing each step; needs {@code classifier-service/target/quarkus-app/quarkus-run.jar}. */
    public static ClassifierStack start(PrintStream out) {
        Path root = ServiceStack.findRoot();
        Path logs = root.resolve("classifier-tools/target/bench-logs");
        DevSecrets secrets = DevSecrets.random();
        out.println("starting Keycloak" + (KeycloakServer.firstStart() ? " (first run: downloads and builds it, 1-2 minutes)" : ""));
        KeycloakServer keycloak = KeycloakServer.start(root, 0, secrets.environment(), logs);
        PostgresServer postgres = null;
        try {
            postgres = PostgresServer.startOrConnect(0);
            ServiceStack services = new ServiceStack(root, postgres, logs, Map.of()).withKeycloak(keycloak, secrets);
            out.println("starting classifier-service (logs in " + logs + ")");
            services.start(List.of(BulwarkService.CLASSIFIER), true);
            return new ClassifierStack(keycloak, postgres, services);
        } catch (RuntimeException e) {
            if (postgres != null) {
                postgres.close();
            }
            keycloak.close();
            throw e;
        }
    }

    public int classifierPort() {
        return services.port(BulwarkService.CLASSIFIER);
    }

    /** CPU time classifier-service's process has used so far, all its threads together. */
    public long serviceCpuNanos() {
        long pid = services.process(BulwarkService.CLASSIFIER).pid();
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration())
                .orElseThrow(() -> new IllegalStateException("no CPU time for classifier-service (pid " + pid + ")"))
                .toNanos();
    }

    /** intake-service's service-account token, renewed before it expires. */
    public String intakeToken() {
        return services.serviceToken(BulwarkService.INTAKE);
    }

    @Override
    public void close() {
        services.close();
        postgres.close();
        keycloak.close();
    }
}
