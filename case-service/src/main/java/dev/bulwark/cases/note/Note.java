package dev.bulwark.cases.note;

import dev.bulwark.cases.casefile.InvalidInputException;
import java.time.Instant;
import java.util.Map;

/**
 * An internal note on a case, kept in its NOTE_ADDED event. Unlike the content under review, a note
 * is staff text written for other staff, so the event may hold it.
 */
public record Note(String author, String text, Instant writtenAt) {

    /** Longest note kept. */
    public static final int MAX_LENGTH = 2000;

    private static final String TEXT = "text";

    /** Checks the text of a new note: 1 to {@value #MAX_LENGTH} characters, not only whitespace. */
    public static String validText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(TEXT, "is required: 1 to " + MAX_LENGTH + " characters");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException(TEXT, "is longer than " + MAX_LENGTH + " characters");
        }
        return text;
    }

    /** The event details; author and time are the event's own actor and timestamp. */
    public Map<String, Object> toDetails() {
        return Map.of(TEXT, text);
    }

    public static Note fromEvent(String actor, Map<String, Object> details, Instant occurredAt) {
        return new Note(actor, (String) details.get(TEXT), occurredAt);
    }
}
