package dev.bulwark.classifier.hashbank;

import java.util.ArrayList;
import java.util.List;

/**
 * A validated request for one page of a bank's hashes.
 *
 * @param after continue after the entry with this position; 0 for the first page
 */
public record EntryPageRequest(int limit, long after) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    /** Parses the query parameters, reporting every wrong one at once. */
    public static EntryPageRequest parse(String limit, String cursor) {
        List<FieldViolation> violations = new ArrayList<>();
        int size = limit == null || limit.isBlank() ? DEFAULT_LIMIT : parseOr(limit, -1);
        if (size < 1 || size > MAX_LIMIT) {
            violations.add(new FieldViolation("limit", "must be an integer between 1 and " + MAX_LIMIT));
        }
        long after = cursor == null || cursor.isBlank() ? 0 : EntryCursor.decode(cursor);
        if (after < 0) {
            violations.add(new FieldViolation("cursor", "must be the nextCursor of a previous page"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidHashBankRequestException(violations);
        }
        return new EntryPageRequest(size, after);
    }

    private static int parseOr(String value, int fallback) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
