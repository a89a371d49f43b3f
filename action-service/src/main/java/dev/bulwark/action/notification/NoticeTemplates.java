package dev.bulwark.action.notification;

import dev.bulwark.policy.EnforcementType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names the notice templates ({@code notices/<name>.<language>.txt}): one per action type for an
 * enforcement, one for a reversal; in the user's language, else its primary language, else English.
 */
public final class NoticeTemplates {

    private NoticeTemplates() {}

    public static String name(NotificationEvent event, EnforcementType type) {
        return event == NotificationEvent.REVERTED ? "reverted" : type.name().toLowerCase(Locale.ROOT);
    }

    /** The languages to try, best first: {@code pt-br}, {@code pt}, {@code en}. */
    public static List<String> languages(String language) {
        List<String> candidates = new ArrayList<>();
        candidates.add(language);
        int dash = language.indexOf('-');
        if (dash > 0) {
            candidates.add(language.substring(0, dash));
        }
        if (!candidates.contains(Recipient.DEFAULT_LANGUAGE)) {
            candidates.add(Recipient.DEFAULT_LANGUAGE);
        }
        return List.copyOf(candidates);
    }
}
