package dev.bulwark.cases;

import dev.bulwark.devstack.PolicyVariants;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Runs case-service on a policy directory with two versions: the repository's policy (newest, so in
 * force) and an older one that routes harassment to the integrity queue as a CRITICAL category.
 */
public class TwoPolicyVersions implements QuarkusTestProfile {

    static final String OLDER = "2026-01-01.1";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("bulwark.policy.directory", PolicyVariants.withVariant(OLDER, policy -> policy
                .replace("{ id: harassment, severity: MEDIUM,", "{ id: harassment, severity: CRITICAL,")
                .replace("categories: [harassment, hate, sexual]", "categories: [hate, sexual]")
                .replace("categories: [spam, fraud, illicit, pii]", "categories: [harassment, spam, fraud, illicit, pii]"))
                .toString());
    }
}
