package dev.bulwark.action.transparency.rest;

import dev.bulwark.action.error.FieldViolation;
import dev.bulwark.action.error.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Opaque position in the listing: the creation time and action id of the last statement of a page. */
record StatementCursor(Instant createdAt, UUID actionId) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((createdAt + "|" + actionId).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidRequestException on field {@code after} when the text is no cursor of ours */
    static StatementCursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length == 2) {
                return new StatementCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // reported below
        }
        throw new InvalidRequestException(List.of(new FieldViolation("after", "not a cursor of this listing")));
    }
}
