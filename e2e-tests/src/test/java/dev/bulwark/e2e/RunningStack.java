package dev.bulwark.e2e;

import dev.bulwark.demo.client.BearerToken;
import dev.bulwark.demo.client.BulwarkClients;
import dev.bulwark.demo.client.CanonicalTexts;
import dev.bulwark.demo.client.Requests;
import dev.bulwark.devstack.BulwarkService;
import dev.bulwark.devstack.DevSecrets;
import dev.bulwark.devstack.KeycloakServer;
import dev.bulwark.devstack.PostgresServer;
import dev.bulwark.devstack.ServiceStack;
import dev.bulwark.devstack.TokenClient;
import dev.bulwark.proto.action.v1.GetStandingRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Keycloak, PostgreSQL and the four packaged services on random ports with fresh databases, and
 * clients of them that call intake as product team {@value #TENANT} and case-service as reviewer
 * {@value Fixtures#REVIEWER}. action-service disables the Keycloak users of suspended and banned accounts.
 * The services export their traces to an OTLP receiver of the suite's own.
 */
public final class RunningStack implements AutoCloseable {

    /** The product team the suite acts for: a client of the realm, and so the tenant. */
    static final String TENANT = "team-chat";
    /** The other product team; its quota is tiny so the suite can exhaust it quickly. */
    static final String OTHER_TENANT = "team-api";
    static final int OTHER_TENANT_REQUESTS_PER_SECOND = 1;
    static final int OTHER_TENANT_BURST = 3;
    /** The public client reviewers log in through with the password grant. */
    static final String CLI_CLIENT = "bulwark-cli";

    private final KeycloakServer keycloak;
    private final DevSecrets secrets;
    private final TokenClient tokens;
    private final PostgresServer postgres;
    private final ServiceStack services;
    private final BulwarkClients clients;
    private final OtlpTraceReceiver traces;
    private final Path logDir;

    private RunningStack(KeycloakServer keycloak, DevSecrets secrets, PostgresServer postgres, ServiceStack services,
            OtlpTraceReceiver traces, Path logDir) {
        this.keycloak = keycloak;
        this.traces = traces;
        this.secrets = secrets;
        this.tokens = new TokenClient(keycloak.tokenEndpoint());
        this.postgres = postgres;
        this.services = services;
        this.logDir = logDir;
        this.clients = BulwarkClients.connect(services.port(BulwarkService.INTAKE),
                services.port(BulwarkService.ACTION), services.port(BulwarkService.CASE), clientToken(TENANT),
                () -> tokens.password(CLI_CLIENT, Fixtures.REVIEWER, secrets.demoPassword()));
    }

    static RunningStack start() {
        Path root = ServiceStack.findRoot();
        Path logs = root.resolve("e2e-tests/target/service-logs");
        DevSecrets secrets = DevSecrets.random();
        KeycloakServer keycloak = KeycloakServer.start(root, 0, secrets.environment(), logs);
        OtlpTraceReceiver traces = OtlpTraceReceiver.start();
        PostgresServer postgres = null;
        ServiceStack services = null;
        try {
            postgres = PostgresServer.startOrConnect(0);
            String quota = "bulwark.intake.quotas.\"" + OTHER_TENANT + "\".";
            Map<String, String> properties = new HashMap<>(traces.exportConfig());
            properties.put(quota + "requests-per-second", String.valueOf(OTHER_TENANT_REQUESTS_PER_SECOND));
            properties.put(quota + "burst", String.valueOf(OTHER_TENANT_BURST));
            // The suite's own team sends bursts (a thousand concurrent replays of one key) that the
            // default quota would refuse in part.
            String ownQuota = "bulwark.intake.quotas.\"" + TENANT + "\".";
            properties.put(ownQuota + "requests-per-second", "2000");
            properties.put(ownQuota + "burst", "2000");
            services = new ServiceStack(root, postgres, logs, properties)
                    .withKeycloak(keycloak, secrets);
            services.start(BulwarkService.START_ORDER, true);
            RunningStack stack = new RunningStack(keycloak, secrets, postgres, services, traces, logs);
            stack.warmUp();
            return stack;
        } catch (RuntimeException e) {
            if (services != null) {
                services.close();
            }
            if (postgres != null) {
                postgres.close();
            }
            keycloak.close();
            traces.close();
            throw e;
        }
    }

    /**
     * Runs a submission through every hop once before the tests, as a deployment would be warmed up
     * before taking traffic: cold services answer their first calls slowly enough to miss the
     * delivery deadlines, and the tests assert the steady state (undelivered items stay in the outbox).
     */
    private void warmUp() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String account = "warm-up-" + java.util.UUID.randomUUID();
        boolean reviewed = false;
        boolean enforced = false;
        while (!(reviewed && enforced) && Instant.now().isBefore(deadline)) {
            if (!reviewed) {
                reviewed = !clients.intake().submit(Requests.chat("warm-up-" + java.util.UUID.randomUUID(),
                        Requests.account(account), CanonicalTexts.REVIEW_HARASSMENT)).getCaseId().isEmpty();
            }
            if (!enforced) {
                enforced = clients.intake().submit(Requests.chat("warm-up-" + java.util.UUID.randomUUID(),
                        Requests.account(account), CanonicalTexts.BLOCK_THREAT)).getActionIdsCount() > 0;
            }
        }
        clients.cases().queues();
        clients.action().getStanding(GetStandingRequest.newBuilder().setSubject(Requests.account(account)).build());
        if (!(reviewed && enforced)) {
            throw new IllegalStateException("the stack did not deliver a warm-up case and action within 90 s");
        }
    }

    public BulwarkClients clients() {
        return clients;
    }

    public ServiceStack services() {
        return services;
    }

    /** Call credentials with a client-credentials token of a confidential client of the realm. */
    public BearerToken clientToken(String clientId) {
        String secret = secrets.clientSecret(clientId);
        return BearerToken.from(() -> tokens.clientCredentials(clientId, secret));
    }

    /** Call credentials with a user's token, from the password grant through {@value #CLI_CLIENT}. */
    public BearerToken userToken(String username) {
        return BearerToken.from(() -> tokens.password(CLI_CLIENT, username, secrets.demoPassword()));
    }

    /** A user's access token, from the password grant through {@value #CLI_CLIENT}. */
    public String userAccessToken(String username) {
        return tokens.password(CLI_CLIENT, username, secrets.demoPassword());
    }

    /** One password login of a realm user through {@value #CLI_CLIENT}, uncached: whether Keycloak lets them in now. */
    public TokenClient.LoginAttempt login(String username) {
        return tokens.attemptPassword(CLI_CLIENT, username, secrets.demoPassword());
    }

    /** The spans the services exported while the suite ran. */
    OtlpTraceReceiver traces() {
        return traces;
    }

    /** A JDBC connection to a service's own database, to count exactly what it stored. */
    public Connection database(BulwarkService service) throws SQLException {
        return postgres.connect(service.database());
    }

    /** Where Keycloak and the services write their logs. */
    public Path logDir() {
        return logDir;
    }

    @Override
    public void close() {
        clients.close();
        services.close();
        postgres.close();
        keycloak.close();
        traces.close();
    }
}
