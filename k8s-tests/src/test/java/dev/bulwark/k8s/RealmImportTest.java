package dev.bulwark.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The KeycloakRealmImport is the realm as code, with every placeholder filled from a Secret. */
class RealmImportTest {

    private static final String REALM_FILE = "keycloak/bulwark-realm.json";

    @Test
    void realmImportIsGeneratedFromTheRealmFile() throws IOException {
        String expected = RealmImport.generate(Repository.read(REALM_FILE));
        if (Boolean.getBoolean("bulwark.regenerate-realm-import")) {
            Files.writeString(Repository.path(RealmImport.FILE), expected);
        }
        assertThat(Repository.read(RealmImport.FILE))
                .as(RealmImport.FILE + " is out of date with " + REALM_FILE
                        + ": regenerate it with ./mvnw verify -pl k8s-tests -Dbulwark.regenerate-realm-import=true")
                .isEqualTo(expected);
    }

    @Test
    void everyPlaceholderOfTheRealmComesFromADocumentedSecret() {
        Manifests dev = Layouts.overlay("dev").render();
        GenericKubernetesResource realmImport = dev.customResources("KeycloakRealmImport").get(0);
        Fields fields = Fields.of(realmImport);
        @SuppressWarnings("unchecked")
        Map<String, Object> placeholders = (Map<String, Object>) fields.get("spec.placeholders");

        assertThat(placeholders.keySet()).containsExactlyInAnyOrderElementsOf(
                RealmImport.placeholders(Repository.read(REALM_FILE)).keySet());
        assertThat(placeholders).containsKeys("BULWARK_INTAKE_SERVICE_SECRET", "BULWARK_DEMO_PASSWORD");
        placeholders.values().forEach(ref -> assertThat(DocumentedSecrets.all())
                .as("Secret of placeholder " + ref + " in docs/kubernetes.md")
                .contains((String) new Fields(ref).get("secret.name")));
        assertThat(fields.get("spec.realm.realm")).isEqualTo("bulwark");
        assertThat(fields.get("spec.keycloakCRName")).isEqualTo(
                dev.customResources("Keycloak").get(0).getMetadata().getName());
    }
}
