package dev.bulwark.classifier.hashbank;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque cursor of entry pages: the position of the last entry returned, base64url-encoded so
 * that callers pass it back rather than compute with it.
 */
public final class EntryCursor {

    private static final String PREFIX = "e:";

    private EntryCursor() {}

    public static String encode(long position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.US_ASCII));
    }

    /** The position in {@code cursor}, or -1 when it is not a cursor this service issued. */
    public static long decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
            if (!text.startsWith(PREFIX)) {
                return -1;
            }
            long position = Long.parseLong(text.substring(PREFIX.length()));
            return position > 0 ? position : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
