package dev.bulwark.policy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A validated usage policy with the SHA-256 of the exact bytes it came from, so that two documents
 * claiming the same version can be told apart, and the file or resource it was read from.
 */
public record PolicyDocument(UsagePolicy policy, String sha256, String source) {

    /** Parses and validates the document; throws {@link InvalidPolicyException} when invalid. */
    public static PolicyDocument parse(byte[] bytes, String source) {
        UsagePolicy policy = PolicyLoader.load(new ByteArrayInputStream(bytes), source);
        return new PolicyDocument(policy, sha256(bytes), source);
    }

    public static PolicyDocument read(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read policy " + file, e);
        }
    }

    /** The policy that ships inside the policy library. */
    public static PolicyDocument bundled() {
        try (InputStream in = PolicyLoader.class.getClassLoader().getResourceAsStream(PolicyLoader.BUNDLED_POLICY)) {
            if (in == null) {
                throw new IllegalStateException("bundled policy missing: " + PolicyLoader.BUNDLED_POLICY);
            }
            return parse(in.readAllBytes(), "classpath:" + PolicyLoader.BUNDLED_POLICY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String version() {
        return policy.version();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
