package dev.bulwark.action.rest;

import dev.bulwark.action.enforcement.EnforcementAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of a listing of actions ended: the last action's creation time and id (the sort key).
 * Sent to clients as an opaque token, so a page never repeats or skips an action however the listing
 * changes. The approval queue and a subject's action history page with it.
 */
public record PageCursor(Instant createdAt, UUID id) {

    public static PageCursor after(EnforcementAction last) {
        return new PageCursor(last.createdAt(), last.id());
    }

    /** @throws IllegalArgumentException when the token is not one {@link #token()} wrote */
    public static PageCursor parse(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException("malformed cursor");
            }
            return new PageCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed cursor", e);
        }
    }

    public String token() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((createdAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }
}
