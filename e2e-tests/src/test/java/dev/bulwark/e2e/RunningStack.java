package dev.bulwark.e2e;

import dev.bulwark.demo.client.BulwarkClients;
import dev.bulwark.devstack.BulwarkService;
import dev.bulwark.devstack.PostgresServer;
import dev.bulwark.devstack.ServiceStack;
import java.nio.file.Path;
import java.util.Map;

/** PostgreSQL and the four packaged services on random ports with fresh databases, and clients of them. */
public final class RunningStack implements AutoCloseable {

    /** The tenant the suite acts for. */
    static final String TENANT = "default";

    private final PostgresServer postgres;
    private final ServiceStack services;
    private final BulwarkClients clients;

    private RunningStack(PostgresServer postgres, ServiceStack services, BulwarkClients clients) {
        this.postgres = postgres;
        this.services = services;
        this.clients = clients;
    }

    static RunningStack start() {
        Path root = ServiceStack.findRoot();
        PostgresServer postgres = PostgresServer.startOrConnect(0);
        ServiceStack services = new ServiceStack(root, postgres, root.resolve("e2e-tests/target/service-logs"), Map.of());
        try {
            services.start(BulwarkService.START_ORDER, true);
        } catch (RuntimeException e) {
            services.close();
            postgres.close();
            throw e;
        }
        BulwarkClients clients = BulwarkClients.connect(services.port(BulwarkService.INTAKE),
                services.port(BulwarkService.ACTION), services.port(BulwarkService.CASE), TENANT);
        return new RunningStack(postgres, services, clients);
    }

    public BulwarkClients clients() {
        return clients;
    }

    public ServiceStack services() {
        return services;
    }

    @Override
    public void close() {
        clients.close();
        services.close();
        postgres.close();
    }
}
