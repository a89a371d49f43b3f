package dev.bulwark.action.transparency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the operator decides about every statement: the DSA category of each usage policy category,
 * the categories treated as illegal content (with the legal ground relied on), the content types and
 * territorial scope the service's decisions cover, and where the usage policy is published.
 *
 * @param illegalGrounds legal ground (up to 500 characters) by usage policy category, for the
 *     categories whose content the platform treats as illegal rather than only incompatible with its terms
 * @param policyUrl public address of the usage policy, or null
 */
public record ExportRules(Map<String, String> categories, Map<String, String> illegalGrounds,
        List<String> contentTypes, List<String> territorialScope, String policyUrl) {

    /** CONTENT_TYPE_OTHER is left out: it needs a free-text description no setting gives. */
    static final Set<String> CONTENT_TYPES = Set.of("CONTENT_TYPE_APP", "CONTENT_TYPE_AUDIO", "CONTENT_TYPE_IMAGE",
            "CONTENT_TYPE_PRODUCT", "CONTENT_TYPE_SYNTHETIC_MEDIA", "CONTENT_TYPE_TEXT", "CONTENT_TYPE_VIDEO");

    static final int MAX_GROUND = 500;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /** @throws IllegalArgumentException naming every setting the Transparency Database would refuse */
    public ExportRules {
        categories = Map.copyOf(categories);
        illegalGrounds = Map.copyOf(illegalGrounds);
        contentTypes = List.copyOf(contentTypes);
        territorialScope = List.copyOf(territorialScope);
        List<String> problems = new ArrayList<>();
        categories.forEach((ours, dsa) -> {
            if (!DsaCategories.isKnown(dsa)) {
                problems.add("category '" + ours + "' maps to unknown DSA category '" + dsa + "'");
            }
        });
        illegalGrounds.forEach((ours, ground) -> {
            if (ground.isBlank() || ground.length() > MAX_GROUND) {
                problems.add("legal ground of '" + ours + "' must be 1 to " + MAX_GROUND + " characters");
            }
        });
        if (contentTypes.isEmpty()) {
            problems.add("at least one content type is required");
        }
        contentTypes.stream().filter(t -> !CONTENT_TYPES.contains(t))
                .forEach(t -> problems.add("unknown content type '" + t + "'"));
        territorialScope.stream().filter(c -> !COUNTRY.matcher(c).matches())
                .forEach(c -> problems.add("territorial scope '" + c + "' is not a two-letter country code"));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid transparency settings: " + String.join("; ", problems));
        }
    }
}
