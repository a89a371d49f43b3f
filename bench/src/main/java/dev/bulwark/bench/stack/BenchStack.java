package dev.bulwark.bench.stack;

import dev.bulwark.bench.profile.JfrRecorder;
import dev.bulwark.devstack.BulwarkService;
import dev.bulwark.devstack.DevSecrets;
import dev.bulwark.devstack.KeycloakServer;
import dev.bulwark.devstack.PostgresServer;
import dev.bulwark.devstack.ServiceStack;
import dev.bulwark.devstack.TokenClient;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keycloak, an embedded PostgreSQL and the four packaged services on free ports with fresh databases, as
 * the end-to-end suite runs them, with the benchmark's tenant let through intake's quota. Keycloak is
 * needed because intake checks a bearer token on every call; the harness fetches one client-credentials
 * token and reuses it until shortly before it expires, so Keycloak sits idle during the load.
 */
public final class BenchStack implements AutoCloseable {

    /** The product team the load comes from: a client of the realm, and so the tenant. */
    public static final String TENANT = "team-chat";
    /** Far above any rate the benchmark reaches: the quota is not what is measured. */
    private static final String UNLIMITED = "1000000";

    private final KeycloakServer keycloak;
    private final PostgresServer postgres;
    private final ServiceStack services;
    private final TokenClient tokens;
    private final String tenantSecret;
    private final List<ServiceFootprint> footprints;

    private BenchStack(KeycloakServer keycloak, PostgresServer postgres, ServiceStack services, DevSecrets secrets,
            List<ServiceFootprint> footprints) {
        this.keycloak = keycloak;
        this.postgres = postgres;
        this.services = services;
        this.tokens = new TokenClient(keycloak.tokenEndpoint());
        this.tenantSecret = secrets.clientSecret(TENANT);
        this.footprints = footprints;
    }

    /**
     * Starts everything, printing each step, and records each service's time to ready and idle memory;
     * needs the packaged services ({@code <module>/target/quarkus-app/quarkus-run.jar}).
     */
    public static BenchStack start(PrintStream out) {
        Path root = ServiceStack.findRoot();
        Path logs = root.resolve("bench/target/bench-logs");
        DevSecrets secrets = DevSecrets.random();
        out.println("starting Keycloak" + (KeycloakServer.firstStart() ? " (first run: downloads and builds it, 1-2 minutes)" : ""));
        KeycloakServer keycloak = KeycloakServer.start(root, 0, secrets.environment(), logs);
        PostgresServer postgres = null;
        ServiceStack services = null;
        try {
            postgres = PostgresServer.startOrConnect(0);
            String quota = "bulwark.intake.quotas.\"" + TENANT + "\".";
            services = new ServiceStack(root, postgres, logs, Map.of(
                    quota + "requests-per-second", UNLIMITED,
                    quota + "burst", UNLIMITED))
                    .withKeycloak(keycloak, secrets);
            List<Duration> ready = new ArrayList<>();
            for (BulwarkService service : BulwarkService.START_ORDER) {
                postgres.ensureDatabase(service.database(), true);
                Duration took = services.start(service);
                ready.add(took);
                out.printf(Locale.ROOT, "  %-20s ready in %.2f s (logs in %s)%n", service.module(), took.toMillis() / 1000.0, logs);
            }
            List<ServiceFootprint> footprints = new ArrayList<>();
            for (int i = 0; i < ready.size(); i++) {
                BulwarkService service = BulwarkService.START_ORDER.get(i);
                footprints.add(new ServiceFootprint(service.module(), ready.get(i), services.process(service).residentMemoryMiB()));
            }
            return new BenchStack(keycloak, postgres, services, secrets, footprints);
        } catch (RuntimeException e) {
            if (services != null) {
                services.close();
            }
            if (postgres != null) {
                postgres.close();
            }
            keycloak.close();
            throw e;
        }
    }

    /** The services and Keycloak, by name, for {@link CpuMeter}. */
    public CpuMeter cpuMeter() {
        CpuMeter meter = new CpuMeter();
        BulwarkService.START_ORDER.forEach(s -> meter.watch(s.module(), services.process(s).pid()));
        return meter.watch("keycloak", keycloak.pid());
    }

    /** A Flight Recorder for the four services, leaving its recordings in {@code directory}. */
    public JfrRecorder recorder(Path directory) {
        JfrRecorder recorder = new JfrRecorder(ServiceStack.findRoot().resolve(directory));
        BulwarkService.START_ORDER.forEach(s -> recorder.watch(s.module(), services.process(s).pid()));
        return recorder;
    }

    /** A connection to intake's database, for benchmarks that shape its data before the load. */
    public Connection intakeDatabase() throws SQLException {
        Map<String, String> datasource = postgres.datasourceConfig(BulwarkService.INTAKE.database());
        return DriverManager.getConnection(datasource.get("quarkus.datasource.jdbc.url"),
                datasource.get("quarkus.datasource.username"), datasource.get("quarkus.datasource.password"));
    }

    public int intakePort() {
        return services.port(BulwarkService.INTAKE);
    }

    /** The tenant's access token, fetched once and renewed shortly before it expires. */
    public Supplier<String> tenantToken() {
        return () -> tokens.clientCredentials(TENANT, tenantSecret);
    }

    /** Each service's time to ready and idle memory, with its memory now as the after-load figure. */
    public List<ServiceFootprint> footprintsAfterLoad() {
        List<ServiceFootprint> after = new ArrayList<>();
        for (int i = 0; i < footprints.size(); i++) {
            BulwarkService service = BulwarkService.START_ORDER.get(i);
            after.add(footprints.get(i).afterLoad(services.process(service).residentMemoryMiB()));
        }
        return after;
    }

    /** Restarts each service in turn on its migrated database and adds how long it took to be ready again. */
    public List<ServiceFootprint> restartEach(List<ServiceFootprint> measured, PrintStream out) {
        List<ServiceFootprint> restarted = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            BulwarkService service = BulwarkService.START_ORDER.get(i);
            Duration took = services.start(service);
            out.printf(Locale.ROOT, "  %-20s restarted, ready in %.2f s%n", service.module(), took.toMillis() / 1000.0);
            restarted.add(measured.get(i).restarted(took));
        }
        return restarted;
    }

    @Override
    public void close() {
        services.close();
        postgres.close();
        keycloak.close();
    }
}
