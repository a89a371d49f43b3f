package dev.bulwark.policy;

import java.util.List;
import java.util.Optional;

/** One version of the usage policy: categories, surfaces with thresholds, routing, ladders. */
public record UsagePolicy(
        String version,
        String description,
        List<Category> categories,
        List<Surface> surfaces,
        Routing routing,
        Enforcement enforcement) {

    public Optional<Surface> surface(String id) {
        return surfaces.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Category> category(String id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Severity severityOf(String categoryId) {
        return category(categoryId).map(Category::severity).orElse(Severity.MEDIUM);
    }
}
