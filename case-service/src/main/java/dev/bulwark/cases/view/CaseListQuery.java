package dev.bulwark.cases.view;

import dev.bulwark.cases.casefile.CaseKind;
import dev.bulwark.cases.casefile.CaseStatus;
import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.casefile.InvalidInputException;
import dev.bulwark.cases.casefile.Subject;
import dev.bulwark.cases.casefile.SubjectType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A validated request for one page of cases, newest first. Every filter is optional (null) and they
 * combine with "and"; a cursor continues the list under the same filters.
 *
 * @param queue only this queue
 * @param status only this status
 * @param kind only cases of this kind
 * @param category only cases of this category
 * @param subject only cases about this party (organization ignored)
 * @param assignee only cases this reviewer holds the lease on
 * @param createdFrom only cases created at or after this instant
 * @param createdTo only cases created before this instant
 * @param after continue after this case; null for the first page
 */
public record CaseListQuery(
        String queue,
        CaseStatus status,
        CaseKind kind,
        String category,
        Subject subject,
        String assignee,
        Instant createdFrom,
        Instant createdTo,
        int limit,
        PageCursor after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** Parses query parameters, reporting every wrong one at once. */
    public static CaseListQuery parse(CaseListParameters p) {
        List<FieldViolation> violations = new ArrayList<>();
        int size = parseLimit(p.limit());
        if (size < 1 || size > MAX_LIMIT) {
            violations.add(new FieldViolation("limit", "must be an integer between 1 and " + MAX_LIMIT));
        }
        CaseStatus status = parseEnum(CaseStatus.class, "status", p.status(), violations);
        CaseKind kind = parseEnum(CaseKind.class, "kind", p.kind(), violations);
        Subject subject = parseSubject(p.subjectType(), p.subjectId(), violations);
        Instant from = parseInstant("createdFrom", p.createdFrom(), violations);
        Instant to = parseInstant("createdTo", p.createdTo(), violations);
        if (from != null && to != null && from.isAfter(to)) {
            violations.add(new FieldViolation("createdFrom", "must not be after createdTo"));
        }
        PageCursor after = null;
        if (given(p.cursor())) {
            try {
                after = PageCursor.decode(p.cursor());
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new CaseListQuery(orNull(p.queue()), status, kind, orNull(p.category()), subject, orNull(p.assignee()),
                from, to, size, after);
    }

    private static Subject parseSubject(String type, String id, List<FieldViolation> violations) {
        if (!given(type) && !given(id)) {
            return null;
        }
        if (!given(id)) {
            violations.add(new FieldViolation("subjectId", "is required with subjectType"));
        }
        if (!given(type)) {
            violations.add(new FieldViolation("subjectType", "is required with subjectId"));
            return null;
        }
        SubjectType parsedType = parseEnum(SubjectType.class, "subjectType", type, violations);
        return parsedType == null || !given(id) ? null : new Subject(parsedType, id, null);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String value, List<FieldViolation> violations) {
        if (!given(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static Instant parseInstant(String field, String value, List<FieldViolation> violations) {
        if (!given(value)) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "must be an ISO-8601 instant such as 2026-11-26T10:00:00Z"));
            return null;
        }
    }

    private static int parseLimit(String limit) {
        if (!given(limit)) {
            return DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private static String orNull(String value) {
        return given(value) ? value : null;
    }
}
