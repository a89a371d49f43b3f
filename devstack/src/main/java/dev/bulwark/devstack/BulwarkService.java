package dev.bulwark.devstack;

import java.util.List;
import java.util.Map;

/** The four services: where each is built, its database, its local port and whom it calls. */
public enum BulwarkService {
    CLASSIFIER("classifier-service", "bulwark_classifier", 8081, Map.of()),
    ACTION("action-service", "bulwark_action", 8083, Map.of()),
    CASE("case-service", "bulwark_case", 8082, Map.of("action", "ACTION")),
    INTAKE("intake-service", "bulwark_intake", 8080, Map.of("classifier", "CLASSIFIER", "cases", "CASE", "action", "ACTION"));

    /** Start order: every service after the ones it calls. */
    public static final List<BulwarkService> START_ORDER = List.of(CLASSIFIER, ACTION, CASE, INTAKE);

    private final String module;
    private final String database;
    private final int localPort;
    private final Map<String, String> grpcClients;

    BulwarkService(String module, String database, int localPort, Map<String, String> grpcClients) {
        this.module = module;
        this.database = database;
        this.localPort = localPort;
        this.grpcClients = grpcClients;
    }

    /** The Maven module, which is also the service's name. */
    public String module() {
        return module;
    }

    public String database() {
        return database;
    }

    /** The documented port of the local run (gRPC, REST, health and metrics share it). */
    public int localPort() {
        return localPort;
    }

    /** The gRPC clients this service configures, by Quarkus client name. */
    public Map<String, BulwarkService> grpcClients() {
        return grpcClients.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> valueOf(e.getValue())));
    }
}
