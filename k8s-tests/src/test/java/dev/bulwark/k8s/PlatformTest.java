package dev.bulwark.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The services find their own database, with its owner's credentials, and the realm Keycloak imports. */
class PlatformTest {

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+):5432/(\\w+)");

    static Stream<Layout> overlays() {
        return Layouts.overlays().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceUsesItsOwnDatabaseAsItsOwner(Layout layout) {
        Manifests manifests = layout.render();
        GenericKubernetesResource postgres = single(manifests, "Cluster");
        Fields cluster = Fields.of(postgres);
        // CloudNativePG's Service for the primary is <cluster>-rw.
        String rwService = postgres.getMetadata().getName() + "-rw";
        Map<String, String> ownerSecretByDatabase = ownerSecrets(manifests, cluster);
        Set<String> used = new HashSet<>();
        for (Deployment deployment : manifests.deployments()) {
            String id = manifests + ": Deployment/" + deployment.getMetadata().getName();
            Container container = Manifests.container(deployment);
            Map<String, String> env = manifests.environment(container);
            Matcher jdbc = JDBC_URL.matcher(env.getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", ""));
            assertThat(jdbc.matches()).as(id + ": QUARKUS_DATASOURCE_JDBC_URL " + env.get("QUARKUS_DATASOURCE_JDBC_URL")).isTrue();
            String database = jdbc.group(2);
            assertThat(jdbc.group(1)).as(id + ": database host").isEqualTo(rwService);
            assertThat(env.get("QUARKUS_DATASOURCE_REACTIVE_URL")).as(id + ": reactive URL, same database")
                    .isEqualTo("postgresql://" + rwService + ":5432/" + database);
            assertThat(ownerSecretByDatabase).as(id + ": database " + database + " is created by the platform").containsKey(database);
            assertThat(used.add(database)).as(id + ": database " + database + " is its own").isTrue();
            assertThat(secretOf(container, "QUARKUS_DATASOURCE_USERNAME")).as(id + ": username from the owner's Secret")
                    .isEqualTo(ownerSecretByDatabase.get(database));
            assertThat(secretOf(container, "QUARKUS_DATASOURCE_PASSWORD")).as(id + ": password from the owner's Secret")
                    .isEqualTo(ownerSecretByDatabase.get(database));
        }
        Fields keycloak = Fields.of(single(manifests, "Keycloak"));
        assertThat(keycloak.get("spec.db.host")).as(manifests + ": Keycloak's database host").isEqualTo(rwService);
        assertThat(ownerSecretByDatabase.get((String) keycloak.get("spec.db.database")))
                .as(manifests + ": Keycloak's database and its owner's Secret")
                .isNotNull()
                .isEqualTo(keycloak.get("spec.db.usernameSecret.name"))
                .isEqualTo(keycloak.get("spec.db.passwordSecret.name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceTrustsTheImportedRealmOnTheKeycloakService(Layout layout) {
        Manifests manifests = layout.render();
        GenericKubernetesResource keycloak = single(manifests, "Keycloak");
        String realm = (String) Fields.of(single(manifests, "KeycloakRealmImport")).get("spec.realm.realm");
        // The operator's Service for a Keycloak is <name>-service, HTTP on 8080.
        String base = "http://" + keycloak.getMetadata().getName() + "-service:8080";
        for (Deployment deployment : manifests.deployments()) {
            Map<String, String> env = manifests.environment(Manifests.container(deployment));
            assertThat(env.get("QUARKUS_OIDC_AUTH_SERVER_URL")).as(manifests + ": Deployment/" + deployment.getMetadata().getName() + " realm")
                    .isEqualTo(base + "/realms/" + realm);
            env.entrySet().stream().filter(e -> e.getKey().endsWith("_SERVER_URL")).forEach(e -> assertThat(e.getValue())
                    .as(manifests + ": Deployment/" + deployment.getMetadata().getName() + " " + e.getKey()).startsWith(base));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void servicesThatCallOthersGetTheirOwnTokenAndOnlyThey(Layout layout) {
        Manifests manifests = layout.render();
        for (Deployment deployment : manifests.deployments()) {
            String id = manifests + ": Deployment/" + deployment.getMetadata().getName();
            Container container = Manifests.container(deployment);
            Map<String, String> env = manifests.environment(container);
            boolean calls = env.keySet().stream().anyMatch(key -> key.startsWith("QUARKUS_GRPC_CLIENTS_"));
            assertThat(env.containsKey("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL")).as(id + ": OIDC client for its calls").isEqualTo(calls);
            assertThat(secretOf(container, "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET") != null)
                    .as(id + ": client secret for its calls").isEqualTo(calls);
        }
    }

    /** The Secret of each database's owner: the bootstrap one for the initdb database, else its managed role's. */
    private static Map<String, String> ownerSecrets(Manifests manifests, Fields cluster) {
        Map<String, String> roleSecrets = new HashMap<>();
        cluster.optionalList("spec.managed.roles").forEach(role -> roleSecrets.put((String) role.get("name"), (String) role.get("passwordSecret.name")));
        Map<String, String> byDatabase = new HashMap<>();
        byDatabase.put((String) cluster.get("spec.bootstrap.initdb.database"), (String) cluster.get("spec.bootstrap.initdb.secret.name"));
        for (GenericKubernetesResource database : manifests.customResources("Database")) {
            Fields fields = Fields.of(database);
            byDatabase.put((String) fields.get("spec.name"), roleSecrets.get((String) fields.get("spec.owner")));
        }
        return byDatabase;
    }

    private static String secretOf(Container container, String variable) {
        return container.getEnv().stream().filter(v -> v.getName().equals(variable)).map(EnvVar::getValueFrom)
                .filter(from -> from != null && from.getSecretKeyRef() != null)
                .map(from -> from.getSecretKeyRef().getName()).findFirst().orElse(null);
    }

    private static GenericKubernetesResource single(Manifests manifests, String kind) {
        List<GenericKubernetesResource> found = manifests.customResources(kind);
        assertThat(found).as(manifests + ": " + kind).hasSize(1);
        return found.get(0);
    }
}
