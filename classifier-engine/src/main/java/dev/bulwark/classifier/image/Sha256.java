package dev.bulwark.classifier.image;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 of image bytes in the hex form hash banks store: 64 lower-case digits. */
public final class Sha256 {

    public static final int HEX_LENGTH = 64;
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private Sha256() {}

    public static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether {@code hex} is a SHA-256 digest: exactly 64 hex digits, either case. */
    public static boolean isValidHex(String hex) {
        return hex != null && HEX.matcher(hex).matches();
    }
}
