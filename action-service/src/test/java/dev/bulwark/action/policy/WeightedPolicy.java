package dev.bulwark.action.policy;

import dev.bulwark.devstack.PolicyVariants;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Runs action-service with a newer policy version in force that weighs strikes by severity and makes
 * an organisation answer for its accounts from two enforced accounts on.
 */
public class WeightedPolicy implements QuarkusTestProfile {

    public static final String VERSION = "2099-01-01.1";

    /** The repository's policy with strike weights and organisation rules added. */
    public static String edit(String policy) {
        return policy.replaceFirst("(?m)^  strike-window-days: 90\\n", """
                  strike-window-days: 90
                  strike-weights: { LOW: 1, MEDIUM: 1, HIGH: 2, CRITICAL: 3 }
                  organization:
                    accounts-threshold: 2
                    ladder:
                      - { strikes: 1, action: RESTRICT, duration: P7D, features: [api] }
                      - { strikes: 2, action: SUSPEND, duration: P30D }
                      - { strikes: 3, action: BAN }
                """);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("bulwark.policy.directory", PolicyVariants.withVariant(VERSION, WeightedPolicy::edit).toString());
    }
}
