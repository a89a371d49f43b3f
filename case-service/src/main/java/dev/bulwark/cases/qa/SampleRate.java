package dev.bulwark.cases.qa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The share of decisions QA checks, and which ones: a key (a case id, a source key) is hashed to a
 * point in [0, 1) and sampled when the point lies below the rate. The choice depends on the key alone,
 * so a retried decision or a redelivered offer is sampled exactly as the first attempt was, and no
 * state is needed to keep the share.
 */
public record SampleRate(double value) {

    public SampleRate {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException("a sample rate lies between 0 and 1, not " + value);
        }
    }

    public boolean picks(String key) {
        return point(key) < value;
    }

    /** The key's point in [0, 1): the first 53 bits of its SHA-256, as evenly spread as the hash. */
    static double point(String key) {
        byte[] hash = sha256(key.getBytes(StandardCharsets.UTF_8));
        long bits = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            bits = (bits << 8) | (hash[i] & 0xff);
        }
        return (bits >>> 11) * 0x1.0p-53;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
