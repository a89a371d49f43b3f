package dev.bulwark.k8s;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Generates the Keycloak operator's KeycloakRealmImport from the realm as code
 * ({@code keycloak/bulwark-realm.json}). The realm file names its secrets as {@code ${BULWARK_*}}
 * placeholders, which Keycloak substitutes at import; the operator fills them from Secrets:
 * {@code BULWARK_<CLIENT>_SECRET} from key {@code <client>} of {@value #CLIENT_SECRETS},
 * {@code BULWARK_DEMO_PASSWORD} from key {@code password} of {@value #DEMO_USERS}.
 */
final class RealmImport {

    static final String FILE = "k8s/components/platform/keycloak-realm-import.yaml";
    static final String CLIENT_SECRETS = "bulwark-client-secrets";
    static final String DEMO_USERS = "bulwark-demo-users";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(BULWARK_[A-Z0-9_]+)}");
    private static final Pattern CLIENT_SECRET = Pattern.compile("BULWARK_([A-Z0-9_]+)_SECRET");
    private static final String HEADER = """
            # Generated from keycloak/bulwark-realm.json by the k8s-tests module (RealmImportTest); do not edit.
            # Regenerate: ./mvnw verify -pl k8s-tests -Dbulwark.regenerate-realm-import=true
            # Keycloak imports the realm once, when it does not exist yet; the placeholders are filled from
            # Secrets created beforehand (docs/kubernetes.md).
            """;

    private RealmImport() {
    }

    /** The placeholders of the realm file and the Secret key each comes from, by name. */
    static Map<String, Map<String, String>> placeholders(String realmJson) {
        Map<String, Map<String, String>> placeholders = new TreeMap<>();
        Matcher matcher = PLACEHOLDER.matcher(realmJson);
        while (matcher.find()) {
            placeholders.put(matcher.group(1), secretOf(matcher.group(1)));
        }
        return placeholders;
    }

    /** The YAML of the KeycloakRealmImport for a realm file. */
    static String generate(String realmJson) {
        Map<String, Object> realm = JsonMapper.builder().build().readValue(realmJson, LinkedHashMap.class);
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("keycloakCRName", "bulwark-keycloak");
        Map<String, Object> placeholders = new LinkedHashMap<>();
        placeholders(realmJson).forEach((name, secret) -> placeholders.put(name, Map.of("secret", secret)));
        spec.put("placeholders", placeholders);
        spec.put("realm", realm);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        resource.put("metadata", Map.of("name", "bulwark-realm"));
        resource.put("spec", spec);
        YAMLMapper yaml = YAMLMapper.builder()
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                .disable(YAMLWriteFeature.SPLIT_LINES)
                .build();
        return HEADER + yaml.writeValueAsString(resource);
    }

    private static Map<String, String> secretOf(String placeholder) {
        if (placeholder.equals("BULWARK_DEMO_PASSWORD")) {
            return secretKey(DEMO_USERS, "password");
        }
        Matcher client = CLIENT_SECRET.matcher(placeholder);
        if (!client.matches()) {
            throw new IllegalArgumentException("no Secret for realm placeholder " + placeholder + ": add one to RealmImport");
        }
        return secretKey(CLIENT_SECRETS, client.group(1).toLowerCase().replace('_', '-'));
    }

    private static Map<String, String> secretKey(String name, String key) {
        Map<String, String> ref = new LinkedHashMap<>();
        ref.put("name", name);
        ref.put("key", key);
        return ref;
    }
}
