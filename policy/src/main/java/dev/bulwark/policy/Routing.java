package dev.bulwark.policy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Which review queue a case goes to: the first matching rule, else the queue naming its category, else the default. */
public record Routing(String defaultQueue, List<Queue> queues, List<RoutingRule> rules) {

    /** Queue ids of the review workflow itself (appeals, QA samples), which a policy may not define. */
    public static final Set<String> RESERVED_QUEUES = Set.of("appeals", "qa");

    public Routing {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** The queue of a case about {@code category} (null for none) from {@code surface} in {@code language}. */
    public Queue route(String category, Severity severity, String surface, String language) {
        return rules.stream()
                .filter(rule -> rule.matches(category, severity, surface, language))
                .findFirst()
                .flatMap(rule -> queue(rule.queue()))
                .orElseGet(() -> category == null ? queue(defaultQueue).orElseThrow() : queueFor(category));
    }

    /** The queue of a category, or the default queue when no queue names it. */
    public Queue queueFor(String category) {
        return queues.stream()
                .filter(q -> q.categories().contains(category))
                .findFirst()
                .or(() -> queue(defaultQueue))
                .orElseThrow();
    }

    public Optional<Queue> queue(String id) {
        return queues.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
