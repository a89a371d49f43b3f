package dev.bulwark.classifier.tools.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The fixed split of the spam corpus, recomputable from a message's id alone: a message is held out
 * when {@code sha256("heldout-v1|sa:" + id)} starts with hex 0 or 1 (one in eight); of the rest, it
 * is in the tune split when {@code sha256("tune-v1|sa:" + id)} starts with hex 0 or 1, else it trains.
 */
public final class SpamSplit {

    private static final String HELD_OUT_SALT = "heldout-v1|sa:";
    private static final String TUNE_SALT = "tune-v1|sa:";

    private SpamSplit() {}

    public static Split of(String id) {
        if (inFirstEighth(HELD_OUT_SALT + id)) {
            return Split.TEST;
        }
        return inFirstEighth(TUNE_SALT + id) ? Split.TUNE : Split.TRAIN;
    }

    /** SHA-256 (hex) of the ids, one per line in the given order, each line ending in a newline. */
    public static String idsSha256(List<String> ids) {
        StringBuilder lines = new StringBuilder();
        ids.forEach(id -> lines.append(id).append('\n'));
        return HexFormat.of().formatHex(sha256(lines.toString()));
    }

    /** Whether the hash's first hex digit is 0 or 1, that is its first byte is below 0x20. */
    private static boolean inFirstEighth(String value) {
        return (sha256(value)[0] & 0xFF) < 0x20;
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
