package dev.bulwark.cases.qa;

import dev.bulwark.cases.casefile.FieldViolation;
import dev.bulwark.cases.casefile.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The time span quality figures cover: from inclusive, to exclusive. */
public record QualityWindow(Instant from, Instant to) {

    public QualityWindow {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a window ends after it starts");
        }
    }

    /**
     * Reads a window from ISO-8601 instants; a missing end is now, a missing start is {@code length}
     * before the end. Reports every bad parameter at once.
     */
    public static QualityWindow parse(String from, String to, Instant now, Duration length) {
        List<FieldViolation> violations = new ArrayList<>();
        Instant start = instant("from", from, violations);
        Instant end = instant("to", to, violations);
        if (violations.isEmpty()) {
            end = end == null ? now : end;
            start = start == null ? end.minus(length) : start;
            if (!start.isBefore(end)) {
                violations.add(new FieldViolation("to", "must be later than from"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new QualityWindow(start, end);
    }

    private static Instant instant(String field, String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "must be an ISO-8601 instant such as 2026-11-01T00:00:00Z"));
            return null;
        }
    }
}
