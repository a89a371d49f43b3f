package dev.bulwark.classifier.image;

import java.util.Locale;

/**
 * What the classifier knows of one image: its SHA-256 (lower-case hex) and its PDQ hash, either of
 * which may be null when the caller did not send it. The image itself is never needed.
 */
public record ImageHashes(String sha256, PdqHash pdq) {

    public ImageHashes {
        if (sha256 != null) {
            if (!Sha256.isValidHex(sha256)) {
                throw new IllegalArgumentException("a SHA-256 is 64 hexadecimal digits");
            }
            sha256 = sha256.toLowerCase(Locale.ROOT);
        }
    }

    /** From the wire form, where an empty string means "not sent". */
    public static ImageHashes ofHex(String sha256, String pdq) {
        return new ImageHashes(blankToNull(sha256), pdq == null || pdq.isEmpty() ? null : PdqHash.fromHex(pdq));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
