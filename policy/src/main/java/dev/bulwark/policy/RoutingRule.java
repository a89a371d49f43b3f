package dev.bulwark.policy;

import java.util.List;
import java.util.Locale;

/**
 * Sends the cases that match every condition given to a queue, before the queues' own category
 * lists are consulted; the first matching rule wins. An empty or missing condition matches anything,
 * but a rule needs at least one condition.
 *
 * @param minSeverity matches categories of this severity or higher
 * @param surfaces product surfaces the item came from
 * @param languages content languages (BCP 47 primary tags such as {@code de}; {@code de-AT} matches {@code de})
 */
public record RoutingRule(String queue, List<String> categories, Severity minSeverity, List<String> surfaces,
        List<String> languages) {

    public RoutingRule {
        categories = categories == null ? List.of() : List.copyOf(categories);
        surfaces = surfaces == null ? List.of() : List.copyOf(surfaces);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    public boolean hasConditions() {
        return !categories.isEmpty() || minSeverity != null || !surfaces.isEmpty() || !languages.isEmpty();
    }

    public boolean matches(String category, Severity severity, String surface, String language) {
        return (categories.isEmpty() || (category != null && categories.contains(category)))
                && (minSeverity == null || severity.compareTo(minSeverity) >= 0)
                && (surfaces.isEmpty() || (surface != null && surfaces.contains(surface)))
                && (languages.isEmpty() || (language != null && languages.contains(primaryTag(language))));
    }

    private static String primaryTag(String language) {
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
