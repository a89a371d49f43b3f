package dev.bulwark.devstack;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Values for the {@code ${...}} placeholders of the realm file: client secrets random per run, and
 * the password of the realm's demo users.
 */
public final class DevSecrets {

    /** The demo users' password of the local run, documented so people can log in. */
    public static final String LOCAL_DEMO_PASSWORD = "bulwark-demo";

    static final String DEMO_PASSWORD = "BULWARK_DEMO_PASSWORD";
    private static final String PROBE = "BULWARK_PROBE_SECRET";
    private static final List<String> CLIENT_SECRETS = List.of(
            "BULWARK_TEAM_CHAT_SECRET", "BULWARK_TEAM_API_SECRET", PROBE,
            "BULWARK_INTAKE_SERVICE_SECRET", "BULWARK_CASE_SERVICE_SECRET",
            "BULWARK_CLASSIFIER_SERVICE_SECRET", "BULWARK_ACTION_SERVICE_SECRET");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> values;

    private DevSecrets(String demoPassword) {
        Map<String, String> generated = new LinkedHashMap<>();
        CLIENT_SECRETS.forEach(name -> generated.put(name, randomValue()));
        generated.put(DEMO_PASSWORD, demoPassword);
        this.values = Map.copyOf(generated);
    }

    /** Everything random: for tests, where nobody logs in by hand. */
    public static DevSecrets random() {
        return new DevSecrets(randomValue());
    }

    /** Random client secrets, and {@link #LOCAL_DEMO_PASSWORD} for the demo users. */
    public static DevSecrets forLocalRun() {
        return new DevSecrets(LOCAL_DEMO_PASSWORD);
    }

    /** The secret of a confidential client of the realm, e.g. {@code team-chat} or {@code probe-no-role}. */
    public String clientSecret(String clientId) {
        String name = clientId.startsWith("probe-") ? PROBE
                : "BULWARK_" + clientId.toUpperCase(Locale.ROOT).replace('-', '_') + "_SECRET";
        String secret = values.get(name);
        if (secret == null) {
            throw new IllegalArgumentException("no confidential client " + clientId + " in the realm");
        }
        return secret;
    }

    /** The password of the realm's demo users (rita, sam, quinn, paula, audrey, user-alice, user-bob). */
    public String demoPassword() {
        return values.get(DEMO_PASSWORD);
    }

    /** The placeholders and their values, as environment variables for Keycloak's realm import. */
    public Map<String, String> environment() {
        return values;
    }

    private static String randomValue() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
