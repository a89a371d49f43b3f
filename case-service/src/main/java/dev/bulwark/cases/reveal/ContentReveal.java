package dev.bulwark.cases.reveal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A reader unblurred one item of a case, as the CONTENT_REVEALED event keeps it: which item and the
 * category it was counted under in the reader's exposure, never the text itself.
 * {@link #toDetails()} and {@link #fromDetails} fix the event's JSON shape in one place.
 *
 * @param category the case's category; null when the case has none
 */
public record ContentReveal(UUID itemId, String category) {

    public Map<String, Object> toDetails() {
        Map<String, Object> details = new HashMap<>();
        details.put("itemId", itemId.toString());
        details.put("category", category);
        return details;
    }

    public static ContentReveal fromDetails(Map<String, Object> details) {
        return new ContentReveal(UUID.fromString((String) details.get("itemId")), (String) details.get("category"));
    }
}
