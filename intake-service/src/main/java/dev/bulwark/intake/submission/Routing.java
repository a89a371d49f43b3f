package dev.bulwark.intake.submission;

import dev.bulwark.intake.classification.Classification;
import java.util.Optional;

/**
 * Where a judged submission must go: a review case, an automatic enforcement, or nowhere.
 * A BLOCK that the policy does not auto-enforce (or a fallback BLOCK) still needs a person.
 */
public record Routing(Optional<String> caseCategory, boolean openCase, Optional<String> enforceCategory) {

    public static Routing of(Classification c) {
        return switch (c.verdict()) {
            case ALLOW -> new Routing(Optional.empty(), false, Optional.empty());
            case REVIEW -> new Routing(c.leadingReason().map(Classification.Reason::category), true, Optional.empty());
            case BLOCK -> c.autoEnforcedReason()
                    .map(r -> new Routing(Optional.empty(), false, Optional.of(r.category())))
                    .orElseGet(() -> new Routing(c.leadingReason().map(Classification.Reason::category), true, Optional.empty()));
        };
    }
}
