package dev.bulwark.cases.view;

import dev.bulwark.cases.casefile.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Keyset position in the newest-first case list: the last case a page returned. Opaque to
 * clients (base64url of its creation time and id), so the encoding may change without notice.
 */
public record PageCursor(Instant createdAt, UUID id) {

    private static final String SEPARATOR = "|";

    public String encode() {
        String raw = createdAt + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor this API issued; anything else is a 400 on field {@code cursor}. */
    public static PageCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int at = raw.indexOf(SEPARATOR);
            if (at < 0) {
                throw invalid();
            }
            return new PageCursor(Instant.parse(raw.substring(0, at)), UUID.fromString(raw.substring(at + 1)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid();
        }
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("cursor", "is not a cursor this API issued");
    }
}
