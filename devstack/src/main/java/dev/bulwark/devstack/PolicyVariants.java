package dev.bulwark.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Policy directories for tests that need more than one policy version: the repository's policy
 * beside a variant of it under another version id, as a service would read them from a ConfigMap.
 */
public final class PolicyVariants {

    private PolicyVariants() {}

    /**
     * A fresh directory holding {@code policies/usage-policy.yaml} and, in {@code variant.yaml}, that
     * policy edited by {@code edit} and renamed {@code version}. A version id that sorts before the
     * repository's keeps the repository's policy in force.
     */
    public static Path withVariant(String version, UnaryOperator<String> edit) {
        try {
            Path directory = Files.createTempDirectory("policies");
            String policy = Files.readString(ServiceStack.findRoot().resolve("policies/usage-policy.yaml"));
            Files.writeString(directory.resolve("usage-policy.yaml"), policy);
            Files.writeString(directory.resolve("variant.yaml"),
                    edit.apply(policy).replaceFirst("(?m)^version: .*$", "version: \"" + version + "\""));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
