package dev.bulwark.action.rest;

import dev.bulwark.action.error.FieldViolation;
import java.util.List;

/**
 * The page of a keyset-paged listing a client asked for, read from its {@code cursor} and {@code limit}
 * query parameters.
 *
 * @param after where the previous page ended; null for the first page
 */
public record PageRequest(PageCursor after, int limit) {

    /** Adds to {@code violations} what is wrong with the parameters; the request is only usable when nothing was. */
    public static PageRequest read(String cursor, int limit, int maxLimit, List<FieldViolation> violations) {
        if (limit < 1 || limit > maxLimit) {
            violations.add(new FieldViolation("limit", "must be 1 to " + maxLimit));
        }
        PageCursor after = null;
        try {
            after = cursor == null || cursor.isEmpty() ? null : PageCursor.parse(cursor);
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation("cursor", "must be a nextCursor this API returned"));
        }
        return new PageRequest(after, limit);
    }
}
