package dev.bulwark.action.policy;

import dev.bulwark.devstack.PolicyVariants;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Runs action-service on a policy directory with two versions: the repository's policy (newest, so
 * in force) and an older one under which a single harassment strike bans at once.
 */
public class TwoPolicyVersions implements QuarkusTestProfile {

    static final String OLDER = "2026-01-01.1";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("bulwark.policy.directory", PolicyVariants.withVariant(OLDER, policy -> policy.replaceFirst(
                "(?m)^  ladders:\\n", "  ladders:\n    harassment:\n      - { strikes: 1, action: BAN }\n")).toString());
    }
}
