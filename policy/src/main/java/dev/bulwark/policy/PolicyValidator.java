package dev.bulwark.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks the cross-references and ranges that YAML parsing cannot. */
final class PolicyValidator {

    private final String source;
    private final List<PolicyViolation> violations = new ArrayList<>();

    PolicyValidator(String source) {
        this.source = source;
    }

    List<PolicyViolation> validate(UsagePolicy policy) {
        if (blank(policy.version())) {
            fail("$.version", "is required");
        }
        Set<String> categories = checkCategories(policy.categories());
        checkSurfaces(policy.surfaces(), categories);
        Set<String> surfaces = policy.surfaces() == null ? Set.of()
                : policy.surfaces().stream().map(Surface::id).collect(Collectors.toSet());
        checkRouting(policy.routing(), categories, surfaces);
        checkEnforcement(policy.enforcement(), categories);
        return violations;
    }

    private Set<String> checkCategories(List<Category> list) {
        if (list == null || list.isEmpty()) {
            fail("$.categories", "at least one category is required");
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Category c = list.get(i);
            if (blank(c.id())) {
                fail("$.categories[" + i + "].id", "is required");
            } else if (!ids.add(c.id())) {
                fail("$.categories[" + i + "].id", "duplicate category '" + c.id() + "'");
            }
            if (c.severity() == null) {
                fail("$.categories[" + i + "].severity", "is required");
            }
        }
        return ids;
    }

    private void checkSurfaces(List<Surface> list, Set<String> categories) {
        if (list == null || list.isEmpty()) {
            fail("$.surfaces", "at least one surface is required");
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Surface s = list.get(i);
            String at = "$.surfaces[" + i + "]";
            if (blank(s.id()) || !ids.add(s.id())) {
                fail(at + ".id", blank(s.id()) ? "is required" : "duplicate surface '" + s.id() + "'");
            }
            if (s.failureMode() == null) {
                fail(at + ".failure-mode", "is required (REVIEW or BLOCK)");
            }
            Map<String, Threshold> thresholds = s.thresholds() == null ? Map.of() : s.thresholds();
            if (!thresholds.containsKey(Surface.DEFAULT)) {
                fail(at + ".thresholds.default", "is required");
            }
            thresholds.forEach((category, t) -> checkThreshold(at + ".thresholds." + category, category, t, categories));
        }
    }

    private void checkThreshold(String at, String category, Threshold t, Set<String> categories) {
        if (!category.equals(Surface.DEFAULT) && !categories.contains(category)) {
            fail(at, "unknown category '" + category + "'");
        }
        if (t.review() < 0 || t.review() > 1 || t.block() < 0 || t.block() > 1) {
            fail(at, "thresholds must lie in [0, 1]");
        }
        if (t.review() > t.block()) {
            fail(at + ".review", "REVIEW threshold " + t.review() + " is above BLOCK threshold " + t.block());
        }
    }

    private void checkRouting(Routing routing, Set<String> categories, Set<String> surfaces) {
        if (routing == null || routing.queues() == null || routing.queues().isEmpty()) {
            fail("$.routing.queues", "at least one queue is required");
            return;
        }
        Set<String> ids = routing.queues().stream().map(Queue::id).collect(Collectors.toSet());
        if (ids.size() != routing.queues().size()) {
            fail("$.routing.queues", "queue ids must be unique");
        }
        if (!ids.contains(routing.defaultQueue())) {
            fail("$.routing.default-queue", "names no queue: '" + routing.defaultQueue() + "'");
        }
        for (int i = 0; i < routing.queues().size(); i++) {
            Queue q = routing.queues().get(i);
            if (blank(q.id())) {
                fail("$.routing.queues[" + i + "].id", "is required");
            } else if (Routing.RESERVED_QUEUES.contains(q.id())) {
                fail("$.routing.queues[" + i + "].id", "'" + q.id() + "' is reserved for the review workflow");
            }
            if (q.slaMinutes() <= 0) {
                fail("$.routing.queues[" + i + "].sla-minutes", "must be positive");
            }
            List<String> names = q.categories() == null ? List.of() : q.categories();
            for (String category : names) {
                if (!categories.contains(category)) {
                    fail("$.routing.queues[" + i + "].categories", "unknown category '" + category + "'");
                }
            }
        }
        for (int i = 0; i < routing.rules().size(); i++) {
            RoutingRule rule = routing.rules().get(i);
            String at = "$.routing.rules[" + i + "]";
            if (!ids.contains(rule.queue())) {
                fail(at + ".queue", "names no queue: '" + rule.queue() + "'");
            }
            if (!rule.hasConditions()) {
                fail(at, "needs at least one condition (categories, min-severity, surfaces or languages)");
            }
            for (String category : rule.categories()) {
                if (!categories.contains(category)) {
                    fail(at + ".categories", "unknown category '" + category + "'");
                }
            }
            for (String surface : rule.surfaces()) {
                if (!surfaces.contains(surface)) {
                    fail(at + ".surfaces", "unknown surface '" + surface + "'");
                }
            }
        }
    }

    private void checkEnforcement(Enforcement enforcement, Set<String> categories) {
        if (enforcement == null) {
            fail("$.enforcement", "is required");
            return;
        }
        if (enforcement.strikeWindowDays() <= 0) {
            fail("$.enforcement.strike-window-days", "must be positive");
        }
        checkLadder("$.enforcement.default-ladder", enforcement.defaultLadder());
        Map<String, List<LadderStep>> ladders = enforcement.ladders() == null ? Map.of() : enforcement.ladders();
        ladders.forEach((category, ladder) -> {
            if (!categories.contains(category)) {
                fail("$.enforcement.ladders." + category, "unknown category '" + category + "'");
            }
            checkLadder("$.enforcement.ladders." + category, ladder);
        });
        if (enforcement.strikeWeights() != null) {
            enforcement.strikeWeights().forEach((severity, weight) -> {
                if (weight == null || weight < 1) {
                    fail("$.enforcement.strike-weights." + severity, "must be at least 1");
                }
            });
        }
        OrganizationEnforcement organization = enforcement.organization();
        if (organization != null) {
            if (organization.accountsThreshold() < 1) {
                fail("$.enforcement.organization.accounts-threshold", "must be at least 1");
            }
            checkLadder("$.enforcement.organization.ladder", organization.ladder());
        }
    }

    private void checkLadder(String at, List<LadderStep> ladder) {
        if (ladder == null || ladder.isEmpty()) {
            fail(at, "a ladder needs at least one step");
            return;
        }
        int previous = 0;
        for (int i = 0; i < ladder.size(); i++) {
            LadderStep step = ladder.get(i);
            if (step.strikes() <= previous) {
                fail(at + "[" + i + "].strikes", "must be greater than the previous step's");
            }
            previous = step.strikes();
            if (step.action() == null) {
                fail(at + "[" + i + "].action", "is required");
            } else if ((step.action() == EnforcementType.RESTRICT || step.action() == EnforcementType.SUSPEND)
                    && step.duration() == null) {
                fail(at + "[" + i + "].duration", step.action() + " needs a duration");
            }
        }
    }

    private void fail(String path, String message) {
        violations.add(new PolicyViolation(source, path, message));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
