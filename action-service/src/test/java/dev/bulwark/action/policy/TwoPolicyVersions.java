package dev.bulwark.action.policy;

import dev.bulwark.devstack.ServiceStack;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs action-service on a policy directory with two versions: the repository's policy (newest, so
 * in force) and an older one under which a single harassment strike bans at once.
 */
public class TwoPolicyVersions implements QuarkusTestProfile {

    static final String OLDER = "2026-01-01.1";

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            Path directory = Files.createTempDirectory("policies");
            String current = Files.readString(ServiceStack.findRoot().resolve("policies/usage-policy.yaml"));
            Files.writeString(directory.resolve("usage-policy.yaml"), current);
            Files.writeString(directory.resolve("older.yaml"), current
                    .replaceFirst("(?m)^version: .*$", "version: \"" + OLDER + "\"")
                    .replaceFirst("(?m)^  ladders:\\n", "  ladders:\n    harassment:\n      - { strikes: 1, action: BAN }\n"));
            return Map.of("bulwark.policy.directory", directory.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
