package dev.bulwark.cases.view;

import dev.bulwark.cases.casefile.CaseStatus;
import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.casefile.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A validated request for one page of cases, newest first.
 *
 * @param queue only this queue; null for all
 * @param status only this status; null for all
 * @param after continue after this case; null for the first page
 */
public record CaseListQuery(String queue, CaseStatus status, int limit, PageCursor after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** Parses query parameters, reporting every wrong one at once. */
    public static CaseListQuery parse(String queue, String status, String limit, String cursor) {
        List<FieldViolation> violations = new ArrayList<>();
        int size = parseLimit(limit);
        if (size < 1 || size > MAX_LIMIT) {
            violations.add(new FieldViolation("limit", "must be an integer between 1 and " + MAX_LIMIT));
        }
        CaseStatus parsedStatus = null;
        if (status != null && !status.isBlank()) {
            try {
                parsedStatus = CaseStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation("status", "must be one of " + Arrays.toString(CaseStatus.values())));
            }
        }
        PageCursor after = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = PageCursor.decode(cursor);
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new CaseListQuery(queue == null || queue.isBlank() ? null : queue, parsedStatus, size, after);
    }

    private static int parseLimit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
